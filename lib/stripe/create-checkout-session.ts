import type Stripe from "stripe";
import { shippingSessionParams, type SessionShipping } from "@/lib/shipping/session-params";
import { getStripe } from "./client";

export type CheckoutSessionInput = {
  orderId: string;
  stripeAccountId: string;
  currency: string;
  lines: {
    name: string;
    description?: string;
    imageUrl?: string;
    unitAmount: number;
    quantity: number;
    /** A subscription item (lib/subscriptions): billed every `intervalCount` intervals. */
    recurring?: { interval: "week" | "month" | "year"; intervalCount: number } | null;
  }[];
  applicationFee: number;
  /** Physical goods: where the shop ships and the one rate offered (lib/shipping). */
  shipping?: SessionShipping;
  /** Subscription carts: the platform's cut as a percent of every invoice. */
  applicationFeePercent?: number;
  customerEmail?: string;
  locale: "fr" | "en";
  successUrl: string;
  cancelUrl: string;
  expiresAt: number;
  /** Embedded Checkout (ui_mode embedded_page): Stripe sends the buyer to returnUrl instead of success/cancel URLs. */
  embedded?: { returnUrl: string };
};

/**
 * A direct charge: the session, its PaymentIntent and charge live on the seller's account
 * (Stripe-Account header); the platform's fee travels as application_fee_amount. The key is
 * derived from the order, so a retried request cannot open a second session for it.
 */
export function createCheckoutSession(input: CheckoutSessionInput): Promise<Stripe.Checkout.Session> {
  // A cart with a recurring item is one subscription-mode session (one-time items ride on its first invoice).
  const subscription = input.lines.some((line) => line.recurring);
  return getStripe().checkout.sessions.create(
    {
      mode: subscription ? "subscription" : "payment",
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
          ...(line.recurring ? { recurring: { interval: line.recurring.interval, interval_count: line.recurring.intervalCount } } : {}),
        },
      })),
      ...(subscription
        ? { subscription_data: { application_fee_percent: input.applicationFeePercent ?? 0, metadata: { order_id: input.orderId } } }
        : { payment_intent_data: { application_fee_amount: input.applicationFee, metadata: { order_id: input.orderId } } }),
      metadata: { order_id: input.orderId },
      ...(input.shipping ? shippingSessionParams(input.shipping, input.currency, { withRate: !subscription }) : {}),
      client_reference_id: input.orderId,
      ...(input.customerEmail ? { customer_email: input.customerEmail } : {}),
      locale: input.locale,
      expires_at: input.expiresAt,
      ...(input.embedded
        ? { ui_mode: "embedded_page" as Stripe.Checkout.SessionCreateParams.UiMode, return_url: input.embedded.returnUrl }
        : { success_url: input.successUrl, cancel_url: input.cancelUrl }),
    },
    { stripeAccount: input.stripeAccountId, idempotencyKey: `order-${input.orderId}-checkout-session` },
  );
}
