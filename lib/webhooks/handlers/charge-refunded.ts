import type Stripe from "stripe";
import { syncOrderRefunds } from "@/lib/orders/refunds";

/**
 * charge.refunded: the order's refunded amount and status follow Stripe's refunds. The sync
 * (lib/orders/refunds.ts) reads Stripe and writes in its own transaction; it throws to be
 * retried later when the order does not know its PaymentIntent yet.
 */
export async function chargeRefunded(event: Stripe.Event): Promise<void> {
  const charge = event.data.object as Stripe.Charge;
  const paymentIntent = typeof charge.payment_intent === "string" ? charge.payment_intent : charge.payment_intent?.id;
  if (!paymentIntent || !event.account) return;
  await syncOrderRefunds(paymentIntent, event.account);
}
