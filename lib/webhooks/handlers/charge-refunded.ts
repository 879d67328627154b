import type Stripe from "stripe";
import type { Prisma } from "@/generated/prisma/client";
import { syncOrderRefunds } from "@/lib/orders/refunds";
import { orderIdForPayment } from "./order-for-payment";

export { RetryLater } from "./order-for-payment";

/**
 * charge.refunded, and refund.updated / charge.refund.updated (a refund that failed later): the
 * order's refunds, totals and status follow Stripe's. When the refund concerns one of our orders
 * that does not know its PaymentIntent yet (its checkout.session.completed is still on its way),
 * the handler throws: the event stays unprocessed and is retried, never dropped.
 */
export async function chargeRefunded(event: Stripe.Event, tx: Prisma.TransactionClient): Promise<void> {
  const object = event.data.object as Stripe.Charge | Stripe.Refund;
  const paymentIntent = typeof object.payment_intent === "string" ? object.payment_intent : object.payment_intent?.id;
  if (!paymentIntent || !event.account) return;
  if (!(await orderIdForPayment(tx, event, paymentIntent))) return; // not a payment of this marketplace
  await syncOrderRefunds(paymentIntent, event.account, tx);
}
