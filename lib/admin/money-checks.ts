import { db } from "@/lib/db";
import { countedOrdersWhere } from "./overview";

export type FeeAgreement = {
  currency: string;
  /** The overview's "fees collected": the orders' own fee, less what was given back. */
  orders: number;
  /** The fee ledger (application_fee.* events from Stripe) for the same orders. */
  ledger: number;
  /** Counted orders the ledger has no application fee for (event not received yet, or demo data). */
  missing: number;
  /** Counted orders whose ledger fee differs from the order's. */
  mismatched: number;
};

/**
 * Compares the overview's "fees collected" with the fee ledger over the same orders (those the
 * overview counts for the period), per currency, and says why they differ when they do.
 */
export async function feeAgreement(start: Date, end: Date): Promise<Map<string, FeeAgreement>> {
  const orders = await db.order.findMany({
    where: countedOrdersWhere(start, end),
    select: { currency: true, applicationFeeAmount: true, applicationFeeRefunded: true, fees: { select: { amount: true, amountRefunded: true } } },
  });
  const result = new Map<string, FeeAgreement>();
  for (const order of orders) {
    const entry = result.get(order.currency) ?? { currency: order.currency, orders: 0, ledger: 0, missing: 0, mismatched: 0 };
    const own = order.applicationFeeAmount - order.applicationFeeRefunded;
    const ledger = order.fees.reduce((sum, fee) => sum + fee.amount - fee.amountRefunded, 0);
    entry.orders += own;
    entry.ledger += ledger;
    if (order.fees.length === 0) entry.missing += 1;
    else if (ledger !== own) entry.mismatched += 1;
    result.set(order.currency, entry);
  }
  return result;
}

export type MoneyAlert = { kind: "late_payment" | "refund_failed"; orderId: string; at: Date; detail: string | null; amount: number | null; currency: string };

/**
 * What an operator must look at: payments that arrived for closed orders (and what the rule did
 * with them, lib/orders/late-payment.ts) and refunds that failed after Stripe accepted them.
 */
export async function moneyAlerts(limit = 20): Promise<MoneyAlert[]> {
  const [late, failed] = await Promise.all([
    db.orderEvent.findMany({
      where: { type: "payment_on_closed_order" },
      orderBy: { createdAt: "desc" },
      take: limit,
      select: { orderId: true, createdAt: true, detail: true, order: { select: { subtotalAmount: true, currency: true } } },
    }),
    db.refund.findMany({
      where: { status: { in: ["failed", "canceled"] } },
      orderBy: { updatedAt: "desc" },
      take: limit,
      select: { orderId: true, updatedAt: true, failureReason: true, amount: true, order: { select: { currency: true } } },
    }),
  ]);
  return [
    ...late.map((e): MoneyAlert => ({ kind: "late_payment", orderId: e.orderId, at: e.createdAt, detail: e.detail, amount: e.order.subtotalAmount, currency: e.order.currency })),
    ...failed.map((r): MoneyAlert => ({ kind: "refund_failed", orderId: r.orderId, at: r.updatedAt, detail: r.failureReason, amount: r.amount, currency: r.order.currency })),
  ]
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .slice(0, limit);
}
