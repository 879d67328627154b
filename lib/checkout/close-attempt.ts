import Stripe from "stripe";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { fulfilCheckout } from "@/lib/orders/fulfil-checkout";
import { releaseOrderStock } from "@/lib/orders/stock";
import { recordOrderEvent } from "@/lib/orders/timeline";
import { getStripe } from "@/lib/stripe";
import { cancelOrderPaymentIntent } from "./payment-intent";

export type CloseReason = "buyer_canceled" | "cart_changed" | "deadline" | "checkout_failed";
/** closed: stock back, session (if any) expired; paid: the buyer paid first, the order follows the payment. */
export type CloseOutcome = "closed" | "already_closed" | "paid";

/**
 * The Checkout Session of an order, when the order never learnt its id (the process died, or
 * Stripe's answer was lost): found among the account's sessions created since the order.
 */
export async function findSessionOfOrder(order: { id: string; createdAt: Date }, stripeAccount: string): Promise<string | null> {
  const created = { gte: Math.floor(order.createdAt.getTime() / 1000) - 60 };
  for await (const session of getStripe().checkout.sessions.list({ created, limit: 100 }, { stripeAccount })) {
    if (session.metadata?.order_id === order.id || session.client_reference_id === order.id) return session.id;
  }
  return null;
}

/**
 * Makes a session unpayable. Returns "complete" when the buyer paid (or started a delayed
 * payment) before it could be expired.
 */
export async function expireCheckoutSession(sessionId: string, stripeAccount: string): Promise<"expired" | "complete"> {
  const stripe = getStripe();
  try {
    await stripe.checkout.sessions.expire(sessionId, {}, { stripeAccount });
    return "expired";
  } catch (error) {
    if (!(error instanceof Stripe.errors.StripeInvalidRequestError)) throw error;
    // Not open any more: already expired, or completed.
    const session = await stripe.checkout.sessions.retrieve(sessionId, {}, { stripeAccount });
    if (session.status === "open") throw error;
    return session.status === "complete" ? "complete" : "expired";
  }
}

/**
 * Ends a pending checkout attempt: first on Stripe (its session expired, so nobody can pay it;
 * outside any transaction), then in the database (the order canceled and its stock back, once).
 * If the buyer paid first, the order follows the payment instead. Stripe failures are thrown:
 * the order then stays pending with its deadline, and the sweep tries again.
 */
export async function closeCheckoutAttempt(orderId: string, reason: CloseReason, options: { noSession?: boolean } = {}): Promise<CloseOutcome> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: { id: true, status: true, checkoutSessionId: true, paymentIntentId: true, paymentExperience: true, createdAt: true, shop: { select: { stripeAccount: { select: { stripeAccountId: true } } } } },
  });
  if (!order || order.status !== "PENDING") return "already_closed";
  const account = order.shop.stripeAccount?.stripeAccountId;
  if (account && !options.noSession && order.paymentExperience === "payment_element") {
    if ((await cancelOrderPaymentIntent(order, account)) === "paid") return "paid";
  } else if (account && !options.noSession) {
    const sessionId = order.checkoutSessionId ?? (await findSessionOfOrder(order, account));
    if (sessionId && (await expireCheckoutSession(sessionId, account)) === "complete") {
      await fulfilCheckout(sessionId, account, { reconcile: true });
      return "paid";
    }
  }
  return cancelPendingOrder(order.id, reason);
}

/** The database half: PENDING -> CANCELED and the stock back, in one transaction, once. */
export async function cancelPendingOrder(orderId: string, reason: CloseReason): Promise<CloseOutcome> {
  return db.$transaction(async (tx) => {
    const moved = await tx.order.updateMany({ where: { id: orderId, status: "PENDING" }, data: { status: "CANCELED", failureReason: reason } });
    if (moved.count === 0) return "already_closed";
    await recordOrderEvent(tx, orderId, { type: "checkout_closed", fromStatus: "PENDING", toStatus: "CANCELED", detail: reason });
    if (await releaseOrderStock(tx, orderId)) await recordOrderEvent(tx, orderId, { type: "stock_released" });
    logger.info("checkout attempt closed", { orderId, reason });
    return "closed";
  });
}
