import { z } from "zod";
import { parseIsoDate, zonedStart } from "@/lib/admin/period";
import { businessTimeZone } from "@/lib/i18n/time-zone";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { amountCells, amountColumns, csvLine } from "./csv";

export const LEDGER_PAGE_SIZE = 25;
const CSV_BATCH = 500;
const DAY_MS = 86_400_000;

/** Filters of the fee ledger: a shop, and a period of whole days in the business time zone (both ends included). */
export type LedgerFilters = { shopId?: string; from?: Date; to?: Date };

// A day as the date field sends it (ISO, or the typed text without JavaScript).
const isoDay = z.string().transform((text, context) => {
  const day = parseIsoDate(text);
  if (!day) context.addIssue({ code: "custom", message: "not a day" });
  return day ?? z.NEVER;
});

const filtersSchema = z.object({
  shop: z.string().trim().min(1).max(64).optional().catch(undefined),
  from: isoDay.optional().catch(undefined),
  to: isoDay.optional().catch(undefined),
});

/** Reads the filters from a page's or a CSV link's query; anything malformed is dropped. */
export function parseLedgerFilters(params: Record<string, string | string[] | undefined>): LedgerFilters {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;
  const parsed = filtersSchema.parse({ shop: first(params.shop), from: first(params.from), to: first(params.to) });
  return { shopId: parsed.shop, from: parsed.from, to: parsed.to };
}

/** The same filters as a query string (for links: pages, CSV), without empty values. */
export function ledgerQuery(filters: LedgerFilters, extra: Record<string, string | number | undefined> = {}): string {
  const query = new URLSearchParams();
  if (filters.shopId) query.set("shop", filters.shopId);
  if (filters.from) query.set("from", dayString(filters.from));
  if (filters.to) query.set("to", dayString(filters.to));
  for (const [key, value] of Object.entries(extra)) if (value !== undefined && value !== "") query.set(key, String(value));
  const text = query.toString();
  return text ? `?${text}` : "";
}

export function dayString(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The account ids a shop has had, so fees follow the shop and not a current link only. */
async function accountsOfShop(shopId: string): Promise<string[]> {
  const accounts = await db.connectedAccount.findMany({ where: { shopId }, select: { stripeAccountId: true } });
  return accounts.map((account) => account.stripeAccountId);
}

async function whereOf(filters: LedgerFilters): Promise<Prisma.ApplicationFeeRecordWhereInput> {
  const created: Prisma.DateTimeFilter = {};
  // Whole days of the business time zone: from its first midnight to the midnight after `to`.
  if (filters.from) created.gte = zonedStart(filters.from, businessTimeZone());
  if (filters.to) created.lt = zonedStart(new Date(filters.to.getTime() + DAY_MS), businessTimeZone());
  return {
    ...(filters.from || filters.to ? { stripeCreated: created } : {}),
    // A fee belongs to the shop through its account, or through its matched order.
    ...(filters.shopId ? { OR: [{ stripeAccount: { in: await accountsOfShop(filters.shopId) } }, { order: { shopId: filters.shopId } }] } : {}),
  };
}

const entrySelect = {
  id: true,
  stripeFeeId: true,
  stripeAccount: true,
  chargeId: true,
  orderId: true,
  amount: true,
  amountRefunded: true,
  currency: true,
  stripeCreated: true,
  order: { select: { id: true, status: true, subtotalAmount: true, shop: { select: { id: true, name: true } } } },
} satisfies Prisma.ApplicationFeeRecordSelect;

export type LedgerEntry = Prisma.ApplicationFeeRecordGetPayload<{ select: typeof entrySelect }> & {
  shop: { id: string; name: string } | null;
};

/** Shop by account id, for fees whose order is not (yet) matched. */
async function shopsByAccount(accountIds: string[]): Promise<Map<string, { id: string; name: string }>> {
  if (accountIds.length === 0) return new Map();
  const accounts = await db.connectedAccount.findMany({
    where: { stripeAccountId: { in: [...new Set(accountIds)] } },
    select: { stripeAccountId: true, shop: { select: { id: true, name: true } } },
  });
  return new Map(accounts.map((account) => [account.stripeAccountId, account.shop]));
}

async function withShops(rows: Prisma.ApplicationFeeRecordGetPayload<{ select: typeof entrySelect }>[]): Promise<LedgerEntry[]> {
  const shops = await shopsByAccount(rows.map((row) => row.stripeAccount));
  return rows.map((row) => ({ ...row, shop: row.order?.shop ?? shops.get(row.stripeAccount) ?? null }));
}

/** One page of the ledger, newest first. */
export async function listLedger(filters: LedgerFilters, page = 1) {
  const where = await whereOf(filters);
  const total = await db.applicationFeeRecord.count({ where });
  const pages = Math.max(1, Math.ceil(total / LEDGER_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const rows = await db.applicationFeeRecord.findMany({
    where,
    select: entrySelect,
    orderBy: [{ stripeCreated: "desc" }, { id: "desc" }],
    skip: (current - 1) * LEDGER_PAGE_SIZE,
    take: LEDGER_PAGE_SIZE,
  });
  return { entries: await withShops(rows), total, page: current, pages };
}

export type LedgerTotal = { currency: string; count: number; amount: number; refunded: number; net: number };
export type ShopLedgerTotal = LedgerTotal & { shopId: string | null; shopName: string | null; account: string };

/**
 * Fees collected over the filters' period, per shop (its account) and currency, and per currency
 * for the whole platform. Amounts of different currencies are never added together.
 */
export async function ledgerTotals(filters: LedgerFilters): Promise<{ byShop: ShopLedgerTotal[]; byCurrency: LedgerTotal[] }> {
  const where = await whereOf(filters);
  const groups = await db.applicationFeeRecord.groupBy({
    by: ["stripeAccount", "currency"],
    where,
    _sum: { amount: true, amountRefunded: true },
    _count: { _all: true },
  });
  const shops = await shopsByAccount(groups.map((group) => group.stripeAccount));
  const byShop = groups
    .map((group) => {
      const amount = group._sum.amount ?? 0;
      const refunded = group._sum.amountRefunded ?? 0;
      const shop = shops.get(group.stripeAccount);
      return {
        shopId: shop?.id ?? null,
        shopName: shop?.name ?? null,
        account: group.stripeAccount,
        currency: group.currency,
        count: group._count._all,
        amount,
        refunded,
        net: amount - refunded,
      };
    })
    .sort((a, b) => (a.shopName ?? a.account).localeCompare(b.shopName ?? b.account) || a.currency.localeCompare(b.currency));

  const perCurrency = new Map<string, LedgerTotal>();
  for (const row of byShop) {
    const total = perCurrency.get(row.currency) ?? { currency: row.currency, count: 0, amount: 0, refunded: 0, net: 0 };
    total.count += row.count;
    total.amount += row.amount;
    total.refunded += row.refunded;
    total.net += row.net;
    perCurrency.set(row.currency, total);
  }
  return { byShop, byCurrency: [...perCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency)) };
}

/** Shops for the filter's select: those that have a connected account (the only ones with fees). */
export function ledgerShopOptions() {
  return db.shop.findMany({ where: { stripeAccount: { isNot: null } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

export const LEDGER_CSV_COLUMNS = [
  "fee_id",
  "created_at",
  "shop_id",
  "shop_name",
  "stripe_account",
  "charge_id",
  "order_id",
  "currency",
  ...amountColumns("fee"),
  ...amountColumns("fee_refunded"),
  ...amountColumns("fee_net"),
] as const;

/** The ledger as CSV, oldest first, read in batches (cursor pagination), so its size does not matter. */
export async function* ledgerCsv(filters: LedgerFilters): AsyncGenerator<string> {
  yield csvLine(LEDGER_CSV_COLUMNS);
  const where = await whereOf(filters);
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.applicationFeeRecord.findMany({
      where,
      select: entrySelect,
      orderBy: [{ stripeCreated: "asc" }, { id: "asc" }],
      take: CSV_BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (rows.length === 0) return;
    let chunk = "";
    for (const entry of await withShops(rows)) {
      chunk += csvLine([
        entry.stripeFeeId,
        entry.stripeCreated,
        entry.shop?.id,
        entry.shop?.name,
        entry.stripeAccount,
        entry.chargeId,
        entry.orderId,
        entry.currency,
        ...amountCells(entry.amount, entry.currency),
        ...amountCells(entry.amountRefunded, entry.currency),
        ...amountCells(entry.amount - entry.amountRefunded, entry.currency),
      ]);
    }
    yield chunk;
    cursor = rows.at(-1)!.id;
    if (rows.length < CSV_BATCH) return;
  }
}
