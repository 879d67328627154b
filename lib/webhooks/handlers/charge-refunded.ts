import type Stripe from "stripe";
import type { Prisma } from "@/generated/prisma/client";
import { syncOrderRefunds } from "@/lib/orders/refunds";

/** charge.refunded: the order's refunded amount and status follow Stripe's refunds. */
export async function chargeRefunded(event: Stripe.Event, tx: Prisma.TransactionClient): Promise<void> {
  const charge = event.data.object as Stripe.Charge;
  const paymentIntent = typeof charge.payment_intent === "string" ? charge.payment_intent : charge.payment_intent?.id;
  if (!paymentIntent || !event.account) return;
  await syncOrderRefunds(paymentIntent, event.account, tx);
}
