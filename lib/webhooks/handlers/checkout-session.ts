import type Stripe from "stripe";
import type { Prisma } from "@/generated/prisma/client";
import { fulfilCheckout } from "@/lib/orders/fulfil-checkout";

/**
 * checkout.session.completed / async_payment_succeeded / async_payment_failed / expired all go
 * to the same fulfilment, which re-reads the session: the event only says "look again".
 */
export async function checkoutSessionChanged(event: Stripe.Event, tx: Prisma.TransactionClient): Promise<void> {
  const session = event.data.object as Stripe.Checkout.Session;
  if (!event.account) throw new Error(`${event.type} ${event.id} has no account`);
  await fulfilCheckout(session.id, event.account, { eventId: event.id, eventType: event.type }, tx);
}
