import type Stripe from "stripe";
import { applyRefundState, fetchRefundState } from "@/lib/orders/refunds";
import type { ApplyEvent } from "../process-event";
import { orderIdForPayment } from "./order-for-payment";

export { RetryLater } from "./order-for-payment";

/**
 * charge.refunded, and refund.updated / charge.refund.updated (a refund that failed later): the
 * order's refunds, totals and status follow Stripe's. Stripe is read first; the returned step
 * applies it in the worker's short transaction. When the refund concerns one of our orders that
 * does not know its PaymentIntent yet (its checkout.session.completed is still on its way), the
 * handler throws: the event stays unprocessed and is retried, never dropped.
 */
export async function chargeRefunded(event: Stripe.Event): Promise<ApplyEvent | void> {
  const object = event.data.object as Stripe.Charge | Stripe.Refund;
  const paymentIntent = typeof object.payment_intent === "string" ? object.payment_intent : object.payment_intent?.id;
  if (!paymentIntent || !event.account) return;
  if (!(await orderIdForPayment(event, paymentIntent))) return; // not a payment of this marketplace
  const state = await fetchRefundState(paymentIntent, event.account);
  return (tx) => applyRefundState(tx, state);
}
