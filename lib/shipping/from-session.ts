import type Stripe from "stripe";
import type { Prisma } from "@/generated/prisma/client";

/** A delivery address as stored on the order (Stripe's Address, from the session). */
export type DeliveryAddress = { line1: string | null; line2: string | null; postal_code: string | null; city: string | null; state: string | null; country: string | null };

/**
 * The order's shipping columns from the Checkout Session re-read on the seller's account. In API
 * 2026-10-28 the address is in `collected_information.shipping_details`, the chosen rate and its
 * amount in `shipping_cost` (expanded `shipping_rate` for its name).
 */
export function shippingFromSession(session: Stripe.Checkout.Session): {
  shippingName?: string;
  shippingAddress?: Prisma.InputJsonValue;
  shippingRateName?: string | null;
} {
  const details = session.collected_information?.shipping_details;
  const rate = session.shipping_cost?.shipping_rate;
  return {
    ...(details ? { shippingName: details.name, shippingAddress: addressOf(details.address) } : {}),
    ...(session.shipping_cost ? { shippingRateName: typeof rate === "object" && rate ? rate.display_name : null } : {}),
  };
}

function addressOf(a: Stripe.Address): DeliveryAddress {
  return { line1: a.line1, line2: a.line2, postal_code: a.postal_code, city: a.city, state: a.state, country: a.country };
}

/** A paid session must carry the shipping the order was created with, and an address when it ships. */
export function shippingMismatch(session: Stripe.Checkout.Session, order: { shippingAmount: number; requiresShipping: boolean }): string | null {
  const charged = session.shipping_cost?.amount_total ?? 0;
  if (charged !== order.shippingAmount) return `shipping ${charged} != ${order.shippingAmount}`;
  if (order.requiresShipping && !session.collected_information?.shipping_details) return "shipping address missing";
  return null;
}

export function isDeliveryAddress(value: unknown): value is DeliveryAddress {
  return typeof value === "object" && value !== null && "country" in value;
}

/**
 * The Payment Element's counterpart: the PaymentIntent carries the address our server created it
 * with (`shipping`); the order keeps what Stripe answered, and a PaymentIntent of an order that
 * ships but carries no address is not marked paid. The amount (goods + shipping) is checked by
 * applyPaymentOutcome against the order.
 */
export function intentShipping(
  intent: Stripe.PaymentIntent,
  order: { requiresShipping: boolean },
): { data: { shippingName?: string; shippingAddress?: Prisma.InputJsonValue }; problem: string | null } {
  const shipping = intent.shipping;
  const data = shipping?.address && shipping.name ? { shippingName: shipping.name, shippingAddress: addressOf(shipping.address) } : {};
  return { data, problem: order.requiresShipping && !shipping?.address ? "shipping address missing" : null };
}
