import type Stripe from "stripe";
import { db } from "@/lib/db";
import { getStripe } from "@/lib/stripe";

/** Thrown so that the event is not marked processed: the queue retries it later, with back-off. */
export class RetryLater extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RetryLater";
  }
}

/**
 * The order a charge event's PaymentIntent paid (read before any transaction). When the
 * PaymentIntent is ours but its order does not know it yet (checkout.session.completed is still on
 * its way), throws RetryLater: the event is retried, never dropped. Null: not a payment of this
 * marketplace.
 */
export async function orderIdForPayment(event: Stripe.Event, paymentIntent: string): Promise<string | null> {
  const known = await db.order.findUnique({ where: { paymentIntentId: paymentIntent }, select: { id: true } });
  if (known) return known.id;
  const intent = await getStripe().paymentIntents.retrieve(paymentIntent, {}, { stripeAccount: event.account ?? undefined });
  const orderId = intent.metadata?.order_id;
  if (orderId && (await db.order.findUnique({ where: { id: orderId }, select: { id: true } }))) {
    throw new RetryLater(`${event.type} ${event.id}: order ${orderId} does not know PaymentIntent ${paymentIntent} yet; retry later`);
  }
  return null;
}
