import type Stripe from "stripe";
import { applyDisputeEvent } from "@/lib/disputes/apply-dispute";
import { enqueueDisputeEmail } from "@/lib/disputes/dispute-emails";
import type { ApplyEvent } from "../process-event";
import { orderIdForPayment } from "./order-for-payment";

/**
 * charge.dispute.created / updated / closed on a connected account (direct charges: the dispute
 * is the seller's). The order is found by its PaymentIntent (read before the transaction); one the
 * order does not know yet (its checkout.session.completed is still on its way) is retried.
 */
export async function chargeDispute(event: Stripe.Event): Promise<ApplyEvent | void> {
  const dispute = event.data.object as Stripe.Dispute;
  const paymentIntent = typeof dispute.payment_intent === "string" ? dispute.payment_intent : dispute.payment_intent?.id;
  if (!paymentIntent || !event.account) return;
  const orderId = await orderIdForPayment(event, paymentIntent);
  if (!orderId) return; // not a payment of this marketplace
  return async (tx) => {
    const applied = await applyDisputeEvent(tx, orderId, dispute, event.created);
    if (applied !== "stale") await enqueueDisputeEmail(tx, orderId, dispute);
  };
}
