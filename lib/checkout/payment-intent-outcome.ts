import type Stripe from "stripe";
import type { Prisma } from "@/generated/prisma/client";
import type { OrderStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { applyPaymentOutcome, type FulfilResult, type FulfilSource } from "@/lib/orders/payment-outcome";
import { getStripe } from "@/lib/stripe";
import { intentShipping } from "@/lib/shipping/from-session";

type Tx = Prisma.TransactionClient;

/**
 * The one place an order paid with the Payment Element learns its PaymentIntent's outcome,
 * whichever signal comes first: the server's own confirmation, payment_intent.* on the Connect
 * webhook, the payment page, or reconciliation. A PaymentIntent object given by the caller (the
 * confirmation's fresh answer) is used as is; an id is re-read from Stripe on the seller's account.
 * Orders paid through Checkout Sessions (hosted, embedded) follow their session instead.
 */
export async function fulfilPaymentIntent(intent: Stripe.PaymentIntent | string, accountId: string, source: FulfilSource): Promise<FulfilResult> {
  const read = typeof intent === "string" ? await readPaymentIntent(intent, accountId) : intent;
  return db.$transaction((tx) => applyPaymentIntent(tx, read, accountId, source));
}

/** Stripe's current view of the PaymentIntent, with its charge (outside any transaction). */
export function readPaymentIntent(paymentIntentId: string, accountId: string): Promise<Stripe.PaymentIntent> {
  return getStripe().paymentIntents.retrieve(paymentIntentId, { expand: ["latest_charge"] }, { stripeAccount: accountId });
}

/** The database half: no Stripe call, only conditional, forward-only writes. */
export async function applyPaymentIntent(tx: Tx, intent: Stripe.PaymentIntent, accountId: string, source: FulfilSource): Promise<FulfilResult> {
  const orderId = intent.metadata?.order_id;
  const order = await tx.order.findFirst({
    where: {
      OR: [{ paymentIntentId: intent.id }, ...(orderId ? [{ id: orderId }] : [])],
      paymentExperience: "payment_element",
      shop: { stripeAccount: { stripeAccountId: accountId } },
    },
  });
  if (!order) {
    // PaymentIntents of Checkout Sessions also carry order_id: their session's events handle them.
    logger.debug("payment intent without a Payment Element order", { paymentIntentId: intent.id, accountId });
    return null;
  }
  // An order never follows a PaymentIntent other than its own (a second one would be a second charge).
  if (order.paymentIntentId && order.paymentIntentId !== intent.id) {
    logger.error("payment intent is not the order's", { orderId: order.id, paymentIntentId: intent.id, own: order.paymentIntentId });
    return { orderId: order.id, status: order.status, changed: false };
  }
  const charge = typeof intent.latest_charge === "object" ? intent.latest_charge : null;
  return applyPaymentOutcome(
    tx,
    order,
    {
      target: intentTarget(intent, order.status),
      stripeRef: intent.id,
      amount: intent.amount,
      currency: intent.currency,
      applicationFee: intent.application_fee_amount ?? null,
      paymentIntentId: intent.id,
      paidAt: charge ? new Date(charge.created * 1000) : new Date(),
      email: intent.receipt_email ?? charge?.billing_details?.email,
      failureReason: intent.last_payment_error?.message ?? undefined,
      shipping: intentShipping(intent, order),
    },
    source,
  );
}

/**
 * Where the PaymentIntent says the order should be. A decline leaves the order PENDING: the buyer
 * tries another card on the same order and PaymentIntent. Only a delayed payment (SEPA) that
 * fails after processing fails the order.
 */
export function intentTarget(intent: Stripe.PaymentIntent, current: OrderStatus): OrderStatus | null {
  if (intent.status === "succeeded") return "PAID";
  if (intent.status === "processing") return "PROCESSING";
  if (intent.status === "requires_payment_method" && current === "PROCESSING") return "FAILED";
  return null;
}
