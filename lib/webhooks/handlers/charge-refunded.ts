import type Stripe from "stripe";
import type { Prisma } from "@/generated/prisma/client";
import { syncOrderRefunds } from "@/lib/orders/refunds";
import { getStripe } from "@/lib/stripe";

/** Thrown so that the event is not marked processed: Stripe's (or the queue's) retry comes back later. */
export class RetryLater extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RetryLater";
  }
}

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
  const known = await tx.order.findUnique({ where: { paymentIntentId: paymentIntent }, select: { id: true } });
  if (!known) {
    const intent = await getStripe().paymentIntents.retrieve(paymentIntent, {}, { stripeAccount: event.account });
    const orderId = intent.metadata?.order_id;
    if (orderId && (await tx.order.findUnique({ where: { id: orderId }, select: { id: true } }))) {
      throw new RetryLater(`${event.type} ${event.id}: order ${orderId} does not know PaymentIntent ${paymentIntent} yet; retry later`);
    }
    return; // not a payment of this marketplace
  }
  await syncOrderRefunds(paymentIntent, event.account, tx);
}
