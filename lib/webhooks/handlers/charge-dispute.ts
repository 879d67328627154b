import type Stripe from "stripe";
import { db } from "@/lib/db";
import { applyDisputeEvent } from "@/lib/disputes/apply-dispute";
import { enqueueDisputeEmail } from "@/lib/disputes/dispute-emails";
import { getStripe } from "@/lib/stripe";
import type { ApplyEvent } from "../process-event";
import { RetryLater } from "./charge-refunded";

/**
 * charge.dispute.created / updated / closed on a connected account (direct charges: the dispute
 * is the seller's). The order is found by its PaymentIntent (read before the transaction); one the
 * order does not know yet (its checkout.session.completed is still on its way) is retried.
 */
export async function chargeDispute(event: Stripe.Event): Promise<ApplyEvent | void> {
  const dispute = event.data.object as Stripe.Dispute;
  const paymentIntent = typeof dispute.payment_intent === "string" ? dispute.payment_intent : dispute.payment_intent?.id;
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
  return async (tx) => {
    const applied = await applyDisputeEvent(tx, known.id, dispute, event.created);
    if (applied !== "stale") await enqueueDisputeEmail(tx, known.id, dispute);
  };
}
