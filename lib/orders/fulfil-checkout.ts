import type Stripe from "stripe";
import type { Prisma } from "@/generated/prisma/client";
import type { OrderStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { getStripe } from "@/lib/stripe";
import { shippingFromSession, shippingMismatch } from "@/lib/shipping/from-session";
import { applyPaymentOutcome, type FulfilResult, type FulfilSource } from "./payment-outcome";

type Tx = Prisma.TransactionClient;
export type { FulfilResult, FulfilSource };

/**
 * The one place an order learns the outcome of its Checkout Session. Called by the Connect
 * webhook's worker (checkout.session.completed / async_payment_succeeded / async_payment_failed /
 * expired), by the success page, and by reconciliation. It re-reads the session from Stripe on
 * the seller's account first, with no connection or lock held, then applies it in one short
 * transaction through applyPaymentOutcome (lib/orders/payment-outcome.ts), which PaymentIntents
 * confirmed on our pages share: amount and currency checked against the order, the order moved
 * forward only by a conditional UPDATE, so concurrent or stale reads produce one effect.
 */
export async function fulfilCheckout(sessionId: string, accountId: string, source: FulfilSource): Promise<FulfilResult> {
  const session = await readCheckoutSession(sessionId, accountId);
  return db.$transaction((tx) => applyCheckoutSession(tx, session, accountId, source));
}

/** Stripe's current view of the session, with its PaymentIntent and charge (outside any transaction). */
export function readCheckoutSession(sessionId: string, accountId: string): Promise<Stripe.Checkout.Session> {
  return getStripe().checkout.sessions.retrieve(sessionId, { expand: ["payment_intent.latest_charge", "shipping_cost.shipping_rate"] }, { stripeAccount: accountId });
}

/** The database half of fulfilment: no Stripe call, only conditional, forward-only writes. */
export async function applyCheckoutSession(tx: Tx, session: Stripe.Checkout.Session, accountId: string, source: FulfilSource): Promise<FulfilResult> {
  const sessionId = session.id;
  const orderId = session.metadata?.order_id ?? session.client_reference_id;
  const order = await tx.order.findFirst({
    where: { OR: [{ checkoutSessionId: session.id }, ...(orderId ? [{ id: orderId }] : [])], shop: { stripeAccount: { stripeAccountId: accountId } } },
  });
  if (!order) {
    logger.warn("checkout session without a matching order", { sessionId, accountId });
    return null;
  }
  const paymentIntent = typeof session.payment_intent === "object" ? session.payment_intent : null;
  // The time of the payment (the charge's), not of this call: an order repaired days later keeps its day.
  const charge = typeof paymentIntent?.latest_charge === "object" ? paymentIntent.latest_charge : null;
  return applyPaymentOutcome(
    tx,
    order,
    {
      target: targetStatus(session),
      stripeRef: session.id,
      amount: session.amount_total,
      currency: session.currency ?? "",
      applicationFee: paymentIntent?.application_fee_amount ?? null,
      checkoutSessionId: session.id,
      paymentIntentId: paymentIntent?.id ?? (typeof session.payment_intent === "string" ? session.payment_intent : undefined),
      paidAt: charge ? new Date(charge.created * 1000) : new Date(),
      email: session.customer_details?.email,
      failureReason: paymentIntent?.last_payment_error?.message ?? undefined,
      // Address and rate as Stripe collected them (never from the browser), checked against the order.
      shipping: { data: shippingFromSession(session), problem: shippingMismatch(session, order) },
    },
    source,
  );
}

/** Where Stripe's session says the order should be (null: still open, nothing to do). */
export function targetStatus(session: Stripe.Checkout.Session): OrderStatus | null {
  if (session.status === "expired") return "EXPIRED";
  if (session.status !== "complete") return null;
  if (session.payment_status === "paid" || session.payment_status === "no_payment_required") return "PAID";
  const intent = typeof session.payment_intent === "object" ? session.payment_intent : null;
  // A delayed payment that failed sends its PaymentIntent back to requires_payment_method.
  if (intent && (intent.status === "requires_payment_method" || intent.status === "canceled")) return "FAILED";
  return "PROCESSING";
}
