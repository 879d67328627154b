import type Stripe from "stripe";
import type { Prisma } from "@/generated/prisma/client";
import { fulfilPaymentIntent } from "@/lib/checkout/payment-intent-outcome";

/**
 * payment_intent.succeeded / processing / payment_failed go to the same fulfilment as the
 * server's own confirmation, which re-reads the PaymentIntent: the event only says "look again",
 * so a late or reordered event cannot move an order back.
 */
export async function paymentIntentChanged(event: Stripe.Event, tx: Prisma.TransactionClient): Promise<void> {
  const intent = event.data.object as Stripe.PaymentIntent;
  if (!event.account) throw new Error(`${event.type} ${event.id} has no account`);
  await fulfilPaymentIntent(intent.id, event.account, { eventId: event.id, eventType: event.type }, tx);
}
