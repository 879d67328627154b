import { z } from "zod";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/config";
import { SUPPORTED_CURRENCIES } from "@/lib/connect/countries";
import { inputDecimals, minorUnitDecimals } from "@/lib/money/currencies";
import { parseAmountToMinor } from "@/lib/money/parse-amount";

/** Bounds of the fee settings: at most 100 %. */
export const MAX_FEE_BPS = 10_000;

/**
 * The largest fixed fee, a guard against typos: 100 units of a currency typed with decimals
 * (100,00 €), 10 000 units of one typed in whole units (¥10 000, 10 000 Ft).
 */
export function maxFixedFee(currency: string): number {
  return 10 ** (minorUnitDecimals(currency) + 2) * (inputDecimals(currency) === 0 ? 100 : 1);
}

export type FeeFieldError = "bpsInvalid" | "bpsRange" | "fixedInvalid" | "fixedDecimals" | "fixedRange" | "overrideEmpty" | "shopNotFound";
export type FeeFormErrors = Partial<Record<"feeBps" | "feeFixed" | "form", FeeFieldError>>;
export type FeeUpdateResult = { ok: true } | { ok: false; errors: FeeFormErrors };
/** What a shop's override form shows after a refused submit: the errors and the values as typed (null before any). */
export type FeeFormState = { errors: FeeFormErrors & { unknown?: true }; values: { feeBps: string; feeFixed: string } } | null;

const bpsSchema = z
  .string()
  .trim()
  .regex(/^\d{1,6}$/, "bpsInvalid")
  .transform(Number)
  .pipe(z.number().int().min(0, "bpsRange").max(MAX_FEE_BPS, "bpsRange"));

/**
 * A fixed amount typed as a decimal ("0,30", "0.30", "1"), read into minor units of `currency`
 * with parseAmountToMinor; zero is allowed here (no fixed part), a negative amount is not.
 */
export function parseFixedFee(text: string, currency: string, locale?: Locale): { ok: true; amount: number } | { ok: false; error: FeeFieldError } {
  const trimmed = text.trim();
  if (/^[-\u2212]/.test(trimmed)) return { ok: false, error: "fixedRange" };
  const parsed = parseAmountToMinor(trimmed, currency, locale);
  if (!parsed.ok) {
    if (parsed.error === "notPositive") return { ok: true, amount: 0 };
    if (parsed.error === "tooManyDecimals") return { ok: false, error: "fixedDecimals" };
    if (parsed.error === "tooLarge") return { ok: false, error: "fixedRange" };
    return { ok: false, error: "fixedInvalid" };
  }
  if (parsed.amount > maxFixedFee(currency)) return { ok: false, error: "fixedRange" };
  return { ok: true, amount: parsed.amount };
}

const platformFeesSchema = z.object({ feeBps: z.string().max(32), fixed: z.record(z.string().regex(/^[a-z]{3}$/), z.string().max(32)) });
const overrideSchema = z.object({ shopId: z.string().min(1).max(64), feeBps: z.string().max(32).default(""), feeFixed: z.string().max(32).default("") });

function firstIssue(error: z.ZodError): FeeFieldError {
  return (error.issues[0]?.message as FeeFieldError | undefined) ?? "bpsInvalid";
}

function readBps(text: string): { ok: true; value: number } | { ok: false; error: FeeFieldError } {
  const parsed = bpsSchema.safeParse(text);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: firstIssue(parsed.error) };
}

/**
 * The currencies a fixed fee can be set for: every currency a shop may price in, plus any a shop
 * or an earlier setting already uses (so nothing in use disappears from the page).
 */
export async function feeCurrencies(): Promise<string[]> {
  const [shops, fixed] = await Promise.all([
    db.shop.findMany({ distinct: ["currency"], select: { currency: true } }),
    db.platformFixedFee.findMany({ select: { currency: true } }),
  ]);
  return [...new Set([...SUPPORTED_CURRENCIES, ...shops.map((s) => s.currency.toLowerCase()), ...fixed.map((f) => f.currency)])].sort();
}

export type PlatformFees = { feeBps: number; fixed: { currency: string; amount: number | null }[]; updatedAt: Date | null };

/** The platform's percentage and its fixed fee in each currency (null: none set, no fixed part). */
export async function getPlatformFees(): Promise<PlatformFees> {
  const [row, fixed, currencies] = await Promise.all([
    db.platformSettings.findUnique({ where: { id: 1 } }),
    db.platformFixedFee.findMany(),
    feeCurrencies(),
  ]);
  const amounts = new Map(fixed.map((f) => [f.currency, f]));
  const updates = [row?.updatedAt, ...fixed.map((f) => f.updatedAt)].filter((d): d is Date => d instanceof Date);
  return {
    feeBps: row?.feeBps ?? 0,
    fixed: currencies.map((currency) => ({ currency, amount: amounts.get(currency)?.amount ?? null })),
    updatedAt: updates.length > 0 ? new Date(Math.max(...updates.map((d) => d.getTime()))) : null,
  };
}

export type PlatformFeeErrors = { feeBps?: FeeFieldError; form?: FeeFieldError; fixed?: Record<string, FeeFieldError> };
export type PlatformFeeUpdateResult = { ok: true } | { ok: false; errors: PlatformFeeErrors };
/** What the platform fee form shows after a refused submit: the errors and the values as typed (null before any). */
export type PlatformFeeFormState = { errors: PlatformFeeErrors & { unknown?: true }; values: { feeBps: string; fixed: Record<string, string> } } | null;

/**
 * Changes the platform's default fee: the percentage, and the fixed amount of each currency typed
 * in that currency (an empty field: no fixed fee in that currency). Checkout reads the settings
 * when it starts, so this applies to new checkouts only: existing orders keep their fee.
 */
export async function updatePlatformFees(input: unknown, locale?: Locale): Promise<PlatformFeeUpdateResult> {
  const fields = platformFeesSchema.safeParse(input);
  if (!fields.success) return { ok: false, errors: { form: "bpsInvalid" } };
  const errors: PlatformFeeErrors = {};
  const bps = readBps(fields.data.feeBps);
  if (!bps.ok) errors.feeBps = bps.error;
  const known = new Set(await feeCurrencies());
  const fixed = new Map<string, number | null>();
  for (const [currency, text] of Object.entries(fields.data.fixed)) {
    if (!known.has(currency)) continue;
    if (text.trim() === "") {
      fixed.set(currency, null);
      continue;
    }
    const read = parseFixedFee(text, currency, locale);
    if (read.ok) fixed.set(currency, read.amount);
    else errors.fixed = { ...errors.fixed, [currency]: read.error };
  }
  if (!bps.ok || errors.fixed) return { ok: false, errors };
  await db.$transaction(async (tx) => {
    await tx.platformSettings.upsert({ where: { id: 1 }, create: { id: 1, feeBps: bps.value }, update: { feeBps: bps.value } });
    for (const [currency, amount] of fixed) {
      if (amount === null) await tx.platformFixedFee.deleteMany({ where: { currency } });
      else await tx.platformFixedFee.upsert({ where: { currency }, create: { currency, amount }, update: { amount } });
    }
  });
  return { ok: true };
}

const refundPolicySchema = z.object({ refundFeePolicy: z.enum(["proportional", "never"]) });

/** The operator's rule for the platform's fee on refunds (lib/orders/refunds.ts applies it). */
export async function setRefundFeePolicy(input: unknown): Promise<boolean> {
  const parsed = refundPolicySchema.safeParse(input);
  if (!parsed.success) return false;
  const { refundFeePolicy } = parsed.data;
  await db.platformSettings.upsert({ where: { id: 1 }, create: { id: 1, refundFeePolicy }, update: { refundFeePolicy } });
  return true;
}

/**
 * Sets a shop's own fee. Each field may be left empty to keep the platform's value for it (that is
 * how checkout reads it, field by field); at least one must be given. The fixed part is typed in
 * the shop's currency, the one its orders are charged in.
 */
export async function setShopFeeOverride(input: unknown, locale?: Locale): Promise<FeeUpdateResult> {
  const fields = overrideSchema.safeParse(input);
  if (!fields.success) return { ok: false, errors: { form: "shopNotFound" } };
  const { shopId, feeBps, feeFixed } = fields.data;
  const shop = await db.shop.findUnique({ where: { id: shopId }, select: { id: true, currency: true } });
  if (!shop) return { ok: false, errors: { form: "shopNotFound" } };
  if (feeBps.trim() === "" && feeFixed.trim() === "") return { ok: false, errors: { form: "overrideEmpty" } };

  const errors: FeeFormErrors = {};
  let bps: number | null = null;
  let fixed: number | null = null;
  if (feeBps.trim() !== "") {
    const read = readBps(feeBps);
    if (read.ok) bps = read.value;
    else errors.feeBps = read.error;
  }
  if (feeFixed.trim() !== "") {
    const read = parseFixedFee(feeFixed, shop.currency, locale);
    if (read.ok) fixed = read.amount;
    else errors.feeFixed = read.error;
  }
  if (errors.feeBps || errors.feeFixed) return { ok: false, errors };
  await db.shop.update({ where: { id: shop.id }, data: { feeBps: bps, feeFixed: fixed, feeFixedCurrency: fixed === null ? null : shop.currency.toLowerCase() } });
  return { ok: true };
}

/** Back to the platform's settings for the shop's new checkouts. */
export async function clearShopFeeOverride(shopId: string): Promise<boolean> {
  const result = await db.shop.updateMany({ where: { id: shopId }, data: { feeBps: null, feeFixed: null, feeFixedCurrency: null } });
  return result.count > 0;
}

export type ShopFeeRow = {
  id: string;
  name: string;
  slug: string;
  currency: string;
  feeBps: number | null;
  feeFixed: number | null;
  effectiveBps: number;
  /** null: neither the shop nor the platform has a fixed fee in the shop's currency. */
  effectiveFixed: number | null;
};

export const SHOP_FEES_PAGE_SIZE = 20;

/**
 * Shops with their override (if any) and the fee their next checkout will use, a page at a time,
 * optionally only those with an override or matching a name.
 */
export async function listShopFees(options: { q?: string; overridesOnly?: boolean; page?: number } = {}) {
  const q = options.q?.trim();
  const where = {
    ...(q ? { OR: [{ name: { contains: q, mode: "insensitive" as const } }, { slug: { contains: q.toLowerCase() } }] } : {}),
    ...(options.overridesOnly ? { NOT: { feeBps: null, feeFixed: null } } : {}),
  };
  const [platform, total] = await Promise.all([getPlatformFees(), db.shop.count({ where })]);
  const pages = Math.max(1, Math.ceil(total / SHOP_FEES_PAGE_SIZE));
  const page = Math.min(Math.max(1, options.page ?? 1), pages);
  const shops = await db.shop.findMany({
    where,
    select: { id: true, name: true, slug: true, currency: true, feeBps: true, feeFixed: true, feeFixedCurrency: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip: (page - 1) * SHOP_FEES_PAGE_SIZE,
    take: SHOP_FEES_PAGE_SIZE,
  });
  const platformFixed = new Map(platform.fixed.map((f) => [f.currency, f.amount]));
  const rows: ShopFeeRow[] = shops.map(({ feeFixedCurrency, ...shop }) => {
    const currency = shop.currency.toLowerCase();
    const own = shop.feeFixed !== null && feeFixedCurrency === currency ? shop.feeFixed : null;
    return { ...shop, feeFixed: own, effectiveBps: shop.feeBps ?? platform.feeBps, effectiveFixed: own ?? platformFixed.get(currency) ?? null };
  });
  return { rows, total, page, pages };
}

/** "5 %", "2,5 %", "12,34 %": basis points as a percentage, in the reader's language. */
export function formatBps(bps: number, locale: Locale): string {
  return `${new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", { maximumFractionDigits: 2 }).format(bps / 100)} %`;
}
