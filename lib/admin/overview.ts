import { db } from "@/lib/db";
import { lostDisputesByCurrency } from "@/lib/disputes/figures";
import { PAID_STATUSES } from "@/lib/orders/transitions";
import { sellableShopWhere } from "@/lib/catalog/availability";
import type { Prisma } from "@/generated/prisma/client";
import { businessTimeZone } from "@/lib/i18n/time-zone";
import { bucketIndex, percentChange, periodBuckets, type Change, type Period } from "./period";

// The overview's figures. Definitions (one place; the page, its tests and the lead's docs follow them):
// - An order counts for a period when its status is one of PAID_STATUSES (PAID, PARTIALLY_REFUNDED,
//   REFUNDED: it was paid, whatever happened next) and its `paidAt` is in [start, end).
// - gross volume = sum of `subtotalAmount` of those orders. Refunds are NOT subtracted; they are
//   shown beside it as "refunded" = sum of `amountRefunded` of the same orders.
// - fees collected = sum of (`applicationFeeAmount` - `applicationFeeRefunded`) of those orders.
// - orders = how many of those orders.
// - active sellers = shops with at least one of those orders (per currency, and overall).
// - sellers able to sell = shops ACTIVE on the platform whose account has charges enabled, now
//   (not tied to the period: `sellableShopWhere`, the storefront's own rule).
// - lost to disputes = sum of the `amount` of lost disputes of those orders (issue 15: with direct
//   charges the buyer's bank took it back from the seller); net volume = gross − refunded − lost to
//   disputes (the platform's fees are part of it: they are what the buyers paid).
// Every money figure is per currency and never summed across currencies.
// Change = against the previous period (see resolvePeriod), in percent, or "new" from 0.

export type Figures = {
  gross: number;
  refunded: number;
  fees: number;
  orders: number;
  activeSellers: number;
};

export type SeriesPoint = { start: Date; end: Date; gross: number; orders: number };

export type CurrencyOverview = {
  currency: string;
  current: Figures;
  previous: Figures;
  change: { gross: Change; fees: Change; orders: Change; activeSellers: Change };
  /** The current period's money lost to disputes, and the gross volume minus refunds and those losses. */
  lostToDisputes: number;
  netVolume: number;
  /** Gross volume per day (or per month for long periods) of the current period. */
  series: { unit: "day" | "month"; points: SeriesPoint[] };
};

export type Overview = {
  period: Period;
  currencies: CurrencyOverview[];
  /** Distinct shops with a counted order in any currency. */
  activeSellers: { current: number; previous: number; change: Change };
  sellersAbleToSell: number;
};

export const EMPTY_FIGURES: Figures = { gross: 0, refunded: 0, fees: 0, orders: 0, activeSellers: 0 };

/** The orders that count for [start, end): see the definitions above. */
export function countedOrdersWhere(start: Date, end: Date): Prisma.OrderWhereInput {
  return { status: { in: [...PAID_STATUSES] }, paidAt: { gte: start, lt: end } };
}

/** Totals per currency and the shops that sold, with Prisma aggregates (no raw SQL). */
async function figuresByCurrency(start: Date, end: Date): Promise<{ figures: Map<string, Figures>; shops: Set<string> }> {
  const where = countedOrdersWhere(start, end);
  const [totals, sellers] = await Promise.all([
    db.order.groupBy({
      by: ["currency"],
      where,
      _sum: { subtotalAmount: true, amountRefunded: true, applicationFeeAmount: true, applicationFeeRefunded: true },
      _count: { _all: true },
    }),
    db.order.groupBy({ by: ["currency", "shopId"], where }),
  ]);
  const figures = new Map<string, Figures>();
  for (const row of totals) {
    figures.set(row.currency, {
      gross: row._sum.subtotalAmount ?? 0,
      refunded: row._sum.amountRefunded ?? 0,
      fees: (row._sum.applicationFeeAmount ?? 0) - (row._sum.applicationFeeRefunded ?? 0),
      orders: row._count._all,
      activeSellers: 0,
    });
  }
  const shops = new Set<string>();
  for (const row of sellers) {
    shops.add(row.shopId);
    const entry = figures.get(row.currency);
    if (entry) entry.activeSellers += 1;
  }
  return { figures, shops };
}

/** Gross volume per bucket and currency, from the counted orders' rows (only the columns needed). */
async function seriesByCurrency(period: Period): Promise<Map<string, CurrencyOverview["series"]>> {
  const rows = await db.order.findMany({
    where: countedOrdersWhere(period.start, period.end),
    select: { currency: true, subtotalAmount: true, paidAt: true },
  });
  return buildSeries(period, rows);
}

/** Pure: spreads rows over the period's buckets, one series per currency found in the rows. */
export function buildSeries(
  period: Pick<Period, "start" | "end">,
  rows: { currency: string; subtotalAmount: number; paidAt: Date | null }[],
  timeZone = businessTimeZone(),
): Map<string, CurrencyOverview["series"]> {
  const { unit, buckets } = periodBuckets(period.start, period.end, timeZone);
  const result = new Map<string, CurrencyOverview["series"]>();
  for (const row of rows) {
    if (!row.paidAt) continue;
    const index = bucketIndex(buckets, row.paidAt);
    if (index < 0) continue;
    let series = result.get(row.currency);
    if (!series) {
      series = { unit, points: buckets.map((b) => ({ start: b.start, end: b.end, gross: 0, orders: 0 })) };
      result.set(row.currency, series);
    }
    const point = series.points[index]!;
    point.gross += row.subtotalAmount;
    point.orders += 1;
  }
  return result;
}

function emptySeries(period: Period): CurrencyOverview["series"] {
  const { unit, buckets } = periodBuckets(period.start, period.end, businessTimeZone());
  return { unit, points: buckets.map((b) => ({ start: b.start, end: b.end, gross: 0, orders: 0 })) };
}

export async function getOverview(period: Period): Promise<Overview> {
  const [current, previous, series, sellersAbleToSell, lost] = await Promise.all([
    figuresByCurrency(period.start, period.end),
    figuresByCurrency(period.previousStart, period.previousEnd),
    seriesByCurrency(period),
    db.shop.count({ where: sellableShopWhere }),
    lostDisputesByCurrency(countedOrdersWhere(period.start, period.end)),
  ]);
  const codes = [...new Set([...current.figures.keys(), ...previous.figures.keys()])].sort();
  const currencies = codes.map((currency): CurrencyOverview => {
    const now = current.figures.get(currency) ?? EMPTY_FIGURES;
    const before = previous.figures.get(currency) ?? EMPTY_FIGURES;
    return {
      currency,
      current: now,
      previous: before,
      change: {
        gross: percentChange(now.gross, before.gross),
        fees: percentChange(now.fees, before.fees),
        orders: percentChange(now.orders, before.orders),
        activeSellers: percentChange(now.activeSellers, before.activeSellers),
      },
      series: series.get(currency) ?? emptySeries(period),
      lostToDisputes: lost.get(currency) ?? 0,
      netVolume: now.gross - now.refunded - (lost.get(currency) ?? 0),
    };
  });
  return {
    period,
    currencies,
    activeSellers: {
      current: current.shops.size,
      previous: previous.shops.size,
      change: percentChange(current.shops.size, previous.shops.size),
    },
    sellersAbleToSell,
  };
}
