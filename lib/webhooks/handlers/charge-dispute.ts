import type Stripe from "stripe";
import type { Prisma } from "@/generated/prisma/client";
import { applyDisputeEvent } from "@/lib/disputes/apply-dispute";
import { enqueueDisputeEmail } from "@/lib/disputes/dispute-emails";
import { orderIdForPayment } from "./order-for-payment";

/**
 * charge.dispute.created / updated / closed on a connected account (direct charges: the dispute
 * is the seller's). The order is found by its PaymentIntent; one the order does not know yet
 * (its checkout.session.completed is still on its way) is retried, never dropped.
 */
export async function chargeDispute(event: Stripe.Event, tx: Prisma.TransactionClient): Promise<void> {
  const dispute = event.data.object as Stripe.Dispute;
  const paymentIntent = typeof dispute.payment_intent === "string" ? dispute.payment_intent : dispute.payment_intent?.id;
  if (!paymentIntent || !event.account) return;
  const orderId = await orderIdForPayment(tx, event, paymentIntent);
  if (!orderId) return; // not a payment of this marketplace
  const applied = await applyDisputeEvent(tx, orderId, dispute, event.created);
  if (applied !== "stale") await enqueueDisputeEmail(tx, orderId, dispute);
}
