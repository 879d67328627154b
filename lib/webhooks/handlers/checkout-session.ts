import type Stripe from "stripe";
import { applyCheckoutSession, readCheckoutSession } from "@/lib/orders/fulfil-checkout";
import type { ApplyEvent } from "../process-event";

/**
 * checkout.session.completed / async_payment_succeeded / async_payment_failed / expired all go
 * to the same fulfilment, which re-reads the session: the event only says "look again".
 */
export async function checkoutSessionChanged(event: Stripe.Event): Promise<ApplyEvent> {
  const account = event.account;
  if (!account) throw new Error(`${event.type} ${event.id} has no account`);
  const session = await readCheckoutSession((event.data.object as Stripe.Checkout.Session).id, account);
  return async (tx) => {
    await applyCheckoutSession(tx, session, account, { eventId: event.id, eventType: event.type });
  };
}
