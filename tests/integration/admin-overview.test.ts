import { beforeAll, describe, expect, it } from "vitest";
import { ACCOUNT_FILTERS, countAccountsByFilter, listConnectedAccounts, matchesAccountFilter } from "@/lib/admin/accounts";
import { getOverview } from "@/lib/admin/overview";
import { addUtcDays, resolvePeriod, startOfUtcDay, toIsoDate, type Period } from "@/lib/admin/period";
import { getAdminOrder, buildTimeline, listAdminOrders } from "@/lib/admin/orders";
import { listShops, resyncShopAccount, setShopStatus } from "@/lib/admin/shops";
import { getShopPage, listShops as listStorefrontShops } from "@/lib/catalog/queries";
import { shopCanSell } from "@/lib/catalog/availability";
import { db } from "@/lib/db";
import { seed, seededStripeId } from "@/prisma/seed";
import { createSeller, createShopFor } from "../support/factories";
import { sellingShop } from "../support/marketplace";
import { startEmulatorForFile } from "../support/stripe-emulator";

const stripe = startEmulatorForFile();
const now = new Date();
const today = startOfUtcDay(now);
const DAY = 86_400_000;

type Expected = { gross: number; refunded: number; fees: number; orders: number; activeSellers: number };

/**
 * The overview's definitions, computed again here with plain JS over every order (not through
 * lib/admin): paid-like statuses, paidAt in [start, end), per currency.
 */
async function expectedByCurrency(start: Date, end: Date): Promise<Map<string, Expected>> {
  const orders = await db.order.findMany();
  const counted = orders.filter(
    (o) => ["PAID", "PARTIALLY_REFUNDED", "REFUNDED"].includes(o.status) && o.paidAt !== null && o.paidAt >= start && o.paidAt < end,
  );
  const result = new Map<string, Expected>();
  for (const currency of new Set(counted.map((o) => o.currency))) {
    const mine = counted.filter((o) => o.currency === currency);
    result.set(currency, {
      gross: mine.reduce((sum, o) => sum + o.subtotalAmount, 0),
      refunded: mine.reduce((sum, o) => sum + o.amountRefunded, 0),
      fees: mine.reduce((sum, o) => sum + o.applicationFeeAmount - o.applicationFeeRefunded, 0),
      orders: mine.length,
      activeSellers: new Set(mine.map((o) => o.shopId)).size,
    });
  }
  return result;
}

async function expectOverviewMatches(period: Period) {
  const overview = await getOverview(period);
  const current = await expectedByCurrency(period.start, period.end);
  const previous = await expectedByCurrency(period.previousStart, period.previousEnd);
  const zero = { gross: 0, refunded: 0, fees: 0, orders: 0, activeSellers: 0 };
  expect(overview.currencies.map((c) => c.currency)).toEqual([...new Set([...current.keys(), ...previous.keys()])].sort());
  for (const entry of overview.currencies) {
    expect(entry.current).toEqual(current.get(entry.currency) ?? zero);
    expect(entry.previous).toEqual(previous.get(entry.currency) ?? zero);
    // The chart's bars add up to the gross volume and the order count.
    expect(entry.series.points.reduce((sum, p) => sum + p.gross, 0)).toBe(entry.current.gross);
    expect(entry.series.points.reduce((sum, p) => sum + p.orders, 0)).toBe(entry.current.orders);
  }
  return overview;
}

let usdShopId = "";
let eurShopId = "";

beforeAll(async () => {
  await seed(db);
  // A shop selling in dollars and a second euro shop, with orders in this period and the one before,
  // plus orders that must not count (not paid; paid outside both periods).
  const seller = await createSeller();
  const usd = await createShopFor(seller.id, { name: "Dollar Store Test", currency: "usd" });
  const eur = await createShopFor(seller.id, { name: "Euro Test", currency: "eur" });
  usdShopId = usd.id;
  eurShopId = eur.id;
  const order = (shopId: string, currency: string, fields: { status: "PAID" | "PENDING" | "REFUNDED" | "FAILED"; subtotal: number; fee: number; daysAgo: number; refunded?: number; feeRefunded?: number }) => {
    const at = new Date(now.getTime() - fields.daysAgo * DAY);
    return db.order.create({
      data: {
        shopId,
        currency,
        status: fields.status,
        subtotalAmount: fields.subtotal,
        applicationFeeAmount: fields.fee,
        amountRefunded: fields.refunded ?? 0,
        applicationFeeRefunded: fields.feeRefunded ?? 0,
        createdAt: at,
        paidAt: fields.status === "PENDING" || fields.status === "FAILED" ? null : at,
      },
    });
  };
  await order(usd.id, "usd", { status: "PAID", subtotal: 12_000, fee: 630, daysAgo: 3 });
  await order(usd.id, "usd", { status: "REFUNDED", subtotal: 4_000, fee: 230, daysAgo: 5, refunded: 4_000, feeRefunded: 200 });
  await order(usd.id, "usd", { status: "PENDING", subtotal: 99_999, fee: 5_000, daysAgo: 1 });
  await order(usd.id, "usd", { status: "PAID", subtotal: 8_000, fee: 430, daysAgo: 30 });
  await order(eur.id, "eur", { status: "PAID", subtotal: 5_000, fee: 280, daysAgo: 2, refunded: 1_000, feeRefunded: 56 });
  await order(eur.id, "eur", { status: "FAILED", subtotal: 7_000, fee: 380, daysAgo: 2 });
  await order(eur.id, "eur", { status: "PAID", subtotal: 1_000, fee: 80, daysAgo: 400 });
});

describe("admin overview figures", () => {
  it("equal the sums computed from the orders, per currency, for a custom period and the one before", async () => {
    // 21 days to today: seeded orders 17 and 9 days old, the added usd and eur ones; before it,
    // the seeded 24, 31, 36 and 38 day old orders and the 30 day old usd one.
    const period = resolvePeriod("custom", toIsoDate(addUtcDays(today, -20)), toIsoDate(today), now);
    const overview = await expectOverviewMatches(period);

    const eur = overview.currencies.find((c) => c.currency === "eur")!;
    const usd = overview.currencies.find((c) => c.currency === "usd")!;
    // Never summed across currencies: each figure is its own currency's.
    expect(usd.current).toEqual({ gross: 16_000, refunded: 4_000, fees: 630 + 30, orders: 2, activeSellers: 1 });
    expect(usd.previous).toEqual({ gross: 8_000, refunded: 0, fees: 430, orders: 1, activeSellers: 1 });
    expect(usd.change.gross).toEqual({ kind: "percent", value: 100 });
    expect(usd.change.orders).toEqual({ kind: "percent", value: 100 });
    expect(eur.current.orders).toBe(3); // seeded 17 and 9 days ago, plus the Euro Test one
    expect(eur.current.activeSellers).toBe(2); // Atelier Lumière and Euro Test
    expect(eur.previous.orders).toBe(4); // seeded 24, 31, 38 (Atelier) and 36 (Olivia) days ago
    expect(eur.previous.activeSellers).toBe(2);
    expect(eur.change.gross.kind).toBe("percent");
    if (eur.change.gross.kind === "percent") {
      expect(eur.change.gross.value).toBeCloseTo(((eur.current.gross - eur.previous.gross) / eur.previous.gross) * 100, 10);
    }
    // Distinct shops across currencies: Atelier, Euro Test and the dollar shop now.
    expect(overview.activeSellers.current).toBe(3);
    // Only Atelier Lumière is ACTIVE with charges enabled among these shops.
    expect(overview.sellersAbleToSell).toBe(1);
  });

  it("match for the current day, week and month too", async () => {
    for (const kind of ["day", "week", "month"] as const) {
      await expectOverviewMatches(resolvePeriod(kind, undefined, undefined, now));
    }
  });

  it("say 'new' when the previous period had nothing, and leave out currencies with nothing in either", async () => {
    // A period around the 400-day-old order: only euros, and nothing the period before.
    const paid = new Date(now.getTime() - 400 * DAY);
    const period = resolvePeriod("day", toIsoDate(paid), undefined, now);
    const overview = await expectOverviewMatches(period);
    expect(overview.currencies.map((c) => c.currency)).toEqual(["eur"]);
    expect(overview.currencies[0]!.current.gross).toBe(1_000);
    expect(overview.currencies[0]!.change.gross).toEqual({ kind: "new" });
    // And the day after: nothing now, something before.
    const after = await getOverview(resolvePeriod("day", toIsoDate(addUtcDays(paid, 1)), undefined, now));
    expect(after.currencies[0]!.change.gross).toEqual({ kind: "percent", value: -100 });
  });
});

describe("connected accounts filters", () => {
  it("agree with the pure definitions, and put the seeded shops where expected", async () => {
    // An account Stripe is verifying: pending (and restricted: it cannot take charges yet).
    const seller = await createSeller();
    const verifying = await createShopFor(seller.id, { name: "Verifying Test" });
    await db.connectedAccount.create({
      data: {
        shopId: verifying.id,
        stripeAccountId: `acct_verifying_${verifying.id}`,
        detailsSubmitted: true,
        pendingVerification: ["individual.verification.document"],
        disabledReason: "requirements.pending_verification",
      },
    });
    const shops = await db.shop.findMany({ include: { stripeAccount: true } });
    const counts = await countAccountsByFilter();
    for (const filter of ACCOUNT_FILTERS) {
      const { rows, total } = await listConnectedAccounts(filter, 1);
      const expected = shops.filter((shop) => matchesAccountFilter(filter, shop.stripeAccount)).map((shop) => shop.id).sort();
      expect(rows.map((row) => row.id).sort(), filter).toEqual(expected);
      expect(total).toBe(expected.length);
      expect(counts[filter]).toBe(expected.length);
    }
    const names = async (filter: (typeof ACCOUNT_FILTERS)[number]) => (await listConnectedAccounts(filter, 1)).rows.map((row) => row.name);
    expect(await names("restricted")).toContain("Maison Olivia");
    expect(await names("restricted")).not.toContain("Atelier Lumière");
    expect(await names("complete")).toEqual(["Atelier Lumière"]);
    expect(await names("none")).toContain("Brûlerie du Port");
    expect(await names("pending")).toEqual(["Verifying Test"]);
    expect(await names("restricted")).toContain("Verifying Test");
  });
});

describe("suspending and reinstating a shop", () => {
  it("takes the shop off the storefront and stops its sales, then puts it back", async () => {
    const atelier = await db.shop.findUniqueOrThrow({ where: { slug: "atelier-lumiere" }, include: { stripeAccount: true } });
    expect(shopCanSell(atelier)).toBe(true);

    const suspended = await setShopStatus(atelier.id, "SUSPENDED");
    expect(suspended?.status).toBe("SUSPENDED");
    const after = await db.shop.findUniqueOrThrow({ where: { id: atelier.id }, include: { stripeAccount: true } });
    expect(shopCanSell(after)).toBe(false);
    expect(await getShopPage("atelier-lumiere")).toBeNull();
    expect((await listStorefrontShops()).map((shop) => shop.slug)).not.toContain("atelier-lumiere");
    expect((await listShops({ q: "lumi", status: "SUSPENDED", page: 1 })).rows.map((s) => s.slug)).toEqual(["atelier-lumiere"]);

    const reinstated = await setShopStatus(atelier.id, "ACTIVE");
    expect(reinstated?.status).toBe("ACTIVE");
    expect(await getShopPage("atelier-lumiere")).not.toBeNull();
    expect(shopCanSell(await db.shop.findUniqueOrThrow({ where: { id: atelier.id }, include: { stripeAccount: true } }))).toBe(true);
  });

  it("answers null for a shop that does not exist", async () => {
    expect(await setShopStatus("no-such-shop", "SUSPENDED")).toBeNull();
  });
});

describe("re-syncing an account from Stripe", () => {
  it("stores what Stripe says now: a restricted account loses charges", async () => {
    const { shop, accountId } = await sellingShop(stripe);
    expect((await db.connectedAccount.findUniqueOrThrow({ where: { stripeAccountId: accountId } })).chargesEnabled).toBe(true);

    await stripe.control("POST", `/_emulator/accounts/${accountId}/restrict`);
    // Nothing told the app yet (no webhook here): the database still says charges are enabled.
    expect((await db.connectedAccount.findUniqueOrThrow({ where: { stripeAccountId: accountId } })).chargesEnabled).toBe(true);

    expect(await resyncShopAccount(shop.id)).toEqual({ ok: true, shopName: shop.name, chargesEnabled: false });
    const account = await db.connectedAccount.findUniqueOrThrow({ where: { stripeAccountId: accountId } });
    expect(account.chargesEnabled).toBe(false);
    expect(account.currentlyDue.length + account.pastDue.length).toBeGreaterThan(0);
    expect((await listConnectedAccounts("restricted", 1)).rows.map((row) => row.id)).toContain(shop.id);
  });

  it("says why it could not: no shop, no account, Stripe failing", async () => {
    const brulerie = await db.shop.findUniqueOrThrow({ where: { slug: "brulerie-du-port" } });
    expect(await resyncShopAccount(brulerie.id)).toEqual({ ok: false, reason: "noAccount" });
    expect(await resyncShopAccount("no-such-shop")).toEqual({ ok: false, reason: "notFound" });
    // Olivia's seeded account does not exist in this test's emulator: Stripe answers 404.
    const olivia = await db.shop.findUniqueOrThrow({ where: { slug: "maison-olivia" }, include: { stripeAccount: true } });
    expect(await resyncShopAccount(olivia.id)).toEqual({ ok: false, reason: "stripe" });
    // The stored state is left as it was.
    expect((await db.connectedAccount.findUniqueOrThrow({ where: { shopId: olivia.id } })).lastSyncedAt).toEqual(olivia.stripeAccount!.lastSyncedAt);
  });
});

describe("admin orders", () => {
  it("searches by id fragment, buyer email and shop name, and filters by status and shop", async () => {
    const all = await db.order.findMany({ include: { buyer: true, shop: true } });
    const search = (q: string, extra: { status?: "PAID" | null; shopId?: string | null } = {}) =>
      listAdminOrders({ q, status: extra.status ?? null, shopId: extra.shopId ?? null, page: 1 }).then((r) => r.rows.map((o) => o.id).sort());

    const alice = all.filter((o) => o.buyer?.email === "alice@comptoir.test").map((o) => o.id).sort();
    expect(await search("ALICE@comptoir")).toEqual(alice);
    const guest = all.find((o) => o.guestEmail === "camille.martin@example.com")!;
    expect(await search("camille.martin")).toEqual([guest.id]);
    const target = all[0]!;
    expect(await search(target.id.slice(-8).toUpperCase())).toContain(target.id);
    expect(await search("dollar store")).toEqual(all.filter((o) => o.shopId === usdShopId).map((o) => o.id).sort());
    expect(await search("", { status: "PAID", shopId: eurShopId })).toEqual(
      all.filter((o) => o.shopId === eurShopId && o.status === "PAID").map((o) => o.id).sort(),
    );
    expect(await search("nothing-matches-this")).toEqual([]);
  });

  it("pages through the results without overlap", async () => {
    const total = await db.order.count();
    const first = await listAdminOrders({ q: "", status: null, shopId: null, page: 1 });
    expect(first.total).toBe(total);
    const ids = new Set<string>();
    for (let page = 1; page <= first.pages; page++) {
      for (const row of (await listAdminOrders({ q: "", status: null, shopId: null, page })).rows) ids.add(row.id);
    }
    expect(ids.size).toBe(total);
  });

  it("builds a seeded order's timeline from its columns when no event was recorded, refunds included", async () => {
    const seeded = await db.order.findUniqueOrThrow({ where: { checkoutSessionId: seededStripeId("cs_test_seed", "cs_test_seed_4", process.env.AUTH_SECRET!) } });
    await db.refund.create({ data: { orderId: seeded.id, stripeRefundId: "re_seed_4", amount: 2900, status: "succeeded", createdAt: new Date(seeded.paidAt!.getTime() + DAY) } });
    const order = (await getAdminOrder(seeded.id))!;
    const timeline = buildTimeline(order, order.events, order.refunds);
    expect(timeline.map((item) => [item.type, item.derived])).toEqual([
      ["created", true],
      ["paid", true],
      ["refund", true],
    ]);
    expect(timeline[2]!.refund?.amount).toBe(2900);
  });

  it("uses recorded events in order, and does not repeat a refund that has its event", async () => {
    const seeded = await db.order.findUniqueOrThrow({ where: { checkoutSessionId: seededStripeId("cs_test_seed", "cs_test_seed_5", process.env.AUTH_SECRET!) } });
    const t0 = seeded.createdAt.getTime();
    await db.orderEvent.createMany({
      data: [
        { orderId: seeded.id, type: "created", toStatus: "PENDING", createdAt: new Date(t0) },
        { orderId: seeded.id, type: "checkout_started", stripeRef: "cs_x", createdAt: new Date(t0) },
        { orderId: seeded.id, type: "stripe_event", stripeRef: "evt_1", detail: "checkout.session.completed", createdAt: new Date(t0 + 60_000) },
        { orderId: seeded.id, type: "status_changed", fromStatus: "PENDING", toStatus: "PAID", createdAt: new Date(t0 + 60_000) },
        { orderId: seeded.id, type: "refund", stripeRef: "re_seed_5", detail: "amount=500", createdAt: new Date(t0 + 120_000) },
      ],
    });
    await db.refund.create({ data: { orderId: seeded.id, stripeRefundId: "re_seed_5", amount: 500, status: "succeeded", createdAt: new Date(t0 + 120_000) } });
    const order = (await getAdminOrder(seeded.id))!;
    const timeline = buildTimeline(order, order.events, order.refunds);
    expect(timeline.map((item) => item.type)).toEqual(["created", "checkout_started", "stripe_event", "status_changed", "refund"]);
    expect(timeline.every((item) => !item.derived)).toBe(true);
    expect(timeline[4]!.refund?.amount).toBe(500);
  });
});
