import type { Prisma } from "@/generated/prisma/client";
import type { OrderStatus } from "@/generated/prisma/enums";

export type TimelineEntry = {
  type:
    | "created"
    | "checkout_started"
    | "checkout_failed"
    | "stripe_event"
    | "status_changed"
    | "stock_released"
    | "amount_mismatch"
    | "refund"
    // Issue 11: checkout attempts, late payments, refunds written before Stripe answers.
    | "checkout_closed"
    | "payment_on_closed_order"
    | "refund_pending"
    | "refund_failed"
    // Issue 15: disputes and the seller's fulfilment.
    | "dispute"
    | "fulfilment"
    | "delivery_address";
  fromStatus?: OrderStatus;
  toStatus?: OrderStatus;
  stripeRef?: string;
  detail?: string;
};

/** Adds a line to the order's timeline (shown to operators), in the caller's transaction. */
export function recordOrderEvent(tx: Prisma.TransactionClient, orderId: string, entry: TimelineEntry) {
  return tx.orderEvent.create({ data: { orderId, ...entry } });
}
