import type { RecurringInterval, SubscriptionStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db";

/** Statuses that still bring money in (past due: Stripe keeps retrying). */
export const LIVE_STATUSES: SubscriptionStatus[] = ["ACTIVE", "PAST_DUE"];

/** The buyer's subscriptions with each period's payment (its orders), newest first. */
export function listBuyerSubscriptions(buyerId: string) {
  return db.subscription.findMany({
    where: { buyerId },
    orderBy: { createdAt: "desc" },
    include: {
      shop: { select: { name: true } },
      orders: { where: { status: "PAID" }, orderBy: { paidAt: "desc" }, select: { id: true, subtotalAmount: true, currency: true, paidAt: true } },
    },
  });
}

/**
 * One period's amount as a monthly figure, in minor units (a year is 12 months, a week 12/52 of
 * one): integer arithmetic, rounded to the nearest unit.
 */
export function monthlyAmount(periodAmount: number, interval: RecurringInterval, intervalCount: number): number {
  if (interval === "month") return Math.round(periodAmount / intervalCount);
  if (interval === "year") return Math.round(periodAmount / (12 * intervalCount));
  return Math.round((periodAmount * 52) / (12 * intervalCount));
}

/** The seller's subscribers, recurring revenue per month (per currency) and cancellations. */
export async function shopSubscriptionSummary(shopId: string) {
  const subscriptions = await db.subscription.findMany({
    where: { shopId },
    orderBy: { createdAt: "desc" },
    take: 200,
    include: { buyer: { select: { email: true, name: true } } },
  });
  const monthly = new Map<string, number>();
  let live = 0;
  let cancellations = 0;
  for (const s of subscriptions) {
    if (LIVE_STATUSES.includes(s.status)) {
      live += 1;
      if (!s.cancelAtPeriodEnd) monthly.set(s.currency, (monthly.get(s.currency) ?? 0) + monthlyAmount(s.periodAmount, s.interval, s.intervalCount));
    }
    if (s.cancelAtPeriodEnd || s.status === "CANCELED") cancellations += 1;
  }
  return { subscriptions, live, cancellations, monthly: [...monthly].map(([currency, amount]) => ({ currency, amount })) };
}

/** The operator's view: how much of the period's paid volume and fees comes from subscriptions, per currency. */
export async function recurringShare(start: Date, end: Date) {
  const paid = { status: "PAID" as const, paidAt: { gte: start, lt: end } };
  const [all, recurring] = await Promise.all([
    db.order.groupBy({ by: ["currency"], where: paid, _sum: { subtotalAmount: true, applicationFeeAmount: true }, orderBy: { currency: "asc" } }),
    db.order.groupBy({ by: ["currency"], where: { ...paid, subscriptionId: { not: null } }, _sum: { subtotalAmount: true, applicationFeeAmount: true }, orderBy: { currency: "asc" } }),
  ]);
  return all.map((row) => {
    const sub = recurring.find((r) => r.currency === row.currency);
    const ratio = (part: number | null | undefined, whole: number | null) => (whole ? (part ?? 0) / whole : 0);
    return {
      currency: row.currency,
      volumeShare: ratio(sub?._sum.subtotalAmount, row._sum.subtotalAmount),
      feeShare: ratio(sub?._sum.applicationFeeAmount, row._sum.applicationFeeAmount),
    };
  });
}
