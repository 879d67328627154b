import type Stripe from "stripe";
import type { Prisma } from "@/generated/prisma/client";
import { getStripe } from "@/lib/stripe";

/** Thrown so that the event is not marked processed: Stripe's (or the queue's) retry comes back later. */
export class RetryLater extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RetryLater";
  }
}

/**
 * The order paid by this PaymentIntent on the event's account. When the PaymentIntent is one of
 * ours but its order does not know it yet (checkout.session.completed is still on its way), throws
 * RetryLater: the event is retried, never dropped. Null: not a payment of this marketplace.
 */
export async function orderIdForPayment(tx: Prisma.TransactionClient, event: Stripe.Event, paymentIntent: string): Promise<string | null> {
  const known = await tx.order.findUnique({ where: { paymentIntentId: paymentIntent }, select: { id: true } });
  if (known) return known.id;
  const intent = await getStripe().paymentIntents.retrieve(paymentIntent, {}, { stripeAccount: event.account ?? undefined });
  const orderId = intent.metadata?.order_id;
  if (orderId && (await tx.order.findUnique({ where: { id: orderId }, select: { id: true } }))) {
    throw new RetryLater(`${event.type} ${event.id}: order ${orderId} does not know PaymentIntent ${paymentIntent} yet; retry later`);
  }
  return null;
}
