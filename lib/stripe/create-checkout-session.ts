import type Stripe from "stripe";
import { shippingSessionParams, type SessionShipping } from "@/lib/shipping/session-params";
import { getStripe } from "./client";

export type CheckoutSessionInput = {
  orderId: string;
  stripeAccountId: string;
  currency: string;
  lines: { name: string; description?: string; imageUrl?: string; unitAmount: number; quantity: number }[];
  applicationFee: number;
  /** Physical goods: where the shop ships and the one rate offered (lib/shipping). */
  shipping?: SessionShipping;
  customerEmail?: string;
  locale: "fr" | "en";
  successUrl: string;
  cancelUrl: string;
  expiresAt: number;
};

/**
 * A direct charge: the session, its PaymentIntent and charge live on the seller's account
 * (Stripe-Account header); the platform's fee travels as application_fee_amount. The key is
 * derived from the order, so a retried request cannot open a second session for it.
 */
export function createCheckoutSession(input: CheckoutSessionInput): Promise<Stripe.Checkout.Session> {
  return getStripe().checkout.sessions.create(
    {
      mode: "payment",
      line_items: input.lines.map((line) => ({
        quantity: line.quantity,
        price_data: {
          currency: input.currency,
          unit_amount: line.unitAmount,
          product_data: {
            name: line.name,
            ...(line.description ? { description: line.description.slice(0, 500) } : {}),
            ...(line.imageUrl ? { images: [line.imageUrl] } : {}),
          },
        },
      })),
      payment_intent_data: { application_fee_amount: input.applicationFee, metadata: { order_id: input.orderId } },
      metadata: { order_id: input.orderId },
      ...(input.shipping ? shippingSessionParams(input.shipping, input.currency) : {}),
      client_reference_id: input.orderId,
      ...(input.customerEmail ? { customer_email: input.customerEmail } : {}),
      locale: input.locale,
      expires_at: input.expiresAt,
      success_url: input.successUrl,
      cancel_url: input.cancelUrl,
    },
    { stripeAccount: input.stripeAccountId, idempotencyKey: `order-${input.orderId}-checkout-session` },
  );
}
