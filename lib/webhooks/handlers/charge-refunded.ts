import type Stripe from "stripe";
import { db } from "@/lib/db";
import { applyRefundState, fetchRefundState } from "@/lib/orders/refunds";
import { getStripe } from "@/lib/stripe";
import type { ApplyEvent } from "../process-event";

/** Thrown so that the event is not marked processed: the queue retries it later, with back-off. */
export class RetryLater extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RetryLater";
  }
}

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
  const known = await db.order.findUnique({ where: { paymentIntentId: paymentIntent }, select: { id: true } });
  if (!known) {
    const intent = await getStripe().paymentIntents.retrieve(paymentIntent, {}, { stripeAccount: event.account });
    const orderId = intent.metadata?.order_id;
    if (orderId && (await db.order.findUnique({ where: { id: orderId }, select: { id: true } }))) {
      throw new RetryLater(`${event.type} ${event.id}: order ${orderId} does not know PaymentIntent ${paymentIntent} yet; retry later`);
    }
    return; // not a payment of this marketplace
  }
  const state = await fetchRefundState(paymentIntent, event.account);
  return (tx) => applyRefundState(tx, state);
}
