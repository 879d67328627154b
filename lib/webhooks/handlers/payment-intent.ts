import type Stripe from "stripe";
import { applyPaymentIntent, readPaymentIntent } from "@/lib/checkout/payment-intent-outcome";
import type { ApplyEvent } from "../process-event";

/**
 * payment_intent.succeeded / processing / payment_failed go to the same fulfilment as the
 * server's own confirmation, which re-reads the PaymentIntent: the event only says "look again",
 * so a late or reordered event cannot move an order back.
 */
export async function paymentIntentChanged(event: Stripe.Event): Promise<ApplyEvent> {
  const account = event.account;
  if (!account) throw new Error(`${event.type} ${event.id} has no account`);
  const intent = await readPaymentIntent((event.data.object as Stripe.PaymentIntent).id, account);
  return async (tx) => {
    await applyPaymentIntent(tx, intent, account, { eventId: event.id, eventType: event.type });
  };
}
