import type Stripe from "stripe";
import type { Prisma } from "@/generated/prisma/client";
import type { OrderStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { enqueueOrderPaidEmails } from "@/lib/email/order-emails";
import { logger } from "@/lib/logger";
import { getStripe } from "@/lib/stripe";
import { shippingFromSession, shippingMismatch } from "@/lib/shipping/from-session";
import { handlePaymentOnClosedOrder } from "./late-payment";
import { releaseOrderStock } from "./stock";
import { recordOrderEvent } from "./timeline";
import { RELEASES_STOCK, statusesThatMayBecome } from "./transitions";

type Tx = Prisma.TransactionClient;
export type FulfilSource = { eventId: string; eventType: string } | { page: "success" } | { reconcile: true };
export type FulfilResult = { orderId: string; status: OrderStatus; changed: boolean } | null;

/**
 * The one place an order learns the outcome of its Checkout Session. Called by the Connect
 * webhook's worker (checkout.session.completed / async_payment_succeeded / async_payment_failed /
 * expired), by the success page, and by reconciliation. It re-reads the session from Stripe on
 * the seller's account first, with no connection or lock held, then applies it in one short
 * transaction: amount and currency checked against the order, and the order moved forward only,
 * by a conditional UPDATE on its current status, so concurrent or stale reads produce one effect
 * (stock release, emails, cart clean-up) between them.
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
    include: { shop: { select: { id: true } } },
  });
  if (!order) {
    logger.warn("checkout session without a matching order", { sessionId, accountId });
    return null;
  }
  if ("eventId" in source) {
    await recordOrderEvent(tx, order.id, { type: "stripe_event", stripeRef: source.eventId, detail: source.eventType });
  }

  const target = targetStatus(session);
  if (!target) return { orderId: order.id, status: order.status, changed: false };

  if (target === "PAID" || target === "PROCESSING") {
    const mismatch = amountMismatch(session, order);
    if (mismatch) {
      // Never mark paid what does not match what we asked for; operators see it on the timeline.
      await recordOrderEvent(tx, order.id, { type: "amount_mismatch", stripeRef: session.id, detail: mismatch });
      logger.error("checkout amount mismatch", { orderId: order.id, sessionId, mismatch });
      return { orderId: order.id, status: order.status, changed: false };
    }
  }

  const paymentIntent = typeof session.payment_intent === "object" ? session.payment_intent : null;
  const paymentIntentId = paymentIntent?.id ?? (typeof session.payment_intent === "string" ? session.payment_intent : undefined);
  // The time of the payment (the charge's), not of this call: an order repaired days later keeps its day.
  const charge = typeof paymentIntent?.latest_charge === "object" ? paymentIntent.latest_charge : null;
  const paidAt = charge ? new Date(charge.created * 1000) : new Date();
  const moved = await tx.order.updateMany({
    where: { id: order.id, status: { in: statusesThatMayBecome(target) } },
    data: {
      status: target,
      checkoutSessionId: session.id,
      paymentIntentId,
      guestEmail: order.buyerId ? undefined : (session.customer_details?.email ?? order.guestEmail),
      ...(target === "PAID" ? { paidAt } : {}),
      // Address and rate as Stripe collected them (never from the browser).
      ...(target === "PAID" || target === "PROCESSING" ? shippingFromSession(session) : {}),
      ...(target === "FAILED" ? { failureReason: paymentIntent?.last_payment_error?.message ?? "payment_failed" } : {}),
    },
  });
  let fromStatus = order.status;
  if (moved.count === 0) {
    const current = await tx.order.findUniqueOrThrow({ where: { id: order.id }, select: { status: true } });
    // A payment for an attempt already closed is never dropped (lib/orders/late-payment.ts).
    const late = await handlePaymentOnClosedOrder(tx, { ...order, status: current.status }, target, session, paymentIntentId, paidAt);
    if (late !== "reinstated") return { orderId: order.id, status: current.status, changed: late !== null };
    fromStatus = current.status;
  }

  await recordOrderEvent(tx, order.id, { type: "status_changed", fromStatus, toStatus: target, stripeRef: session.id });
  if (RELEASES_STOCK.has(target) && (await releaseOrderStock(tx, order.id))) {
    await recordOrderEvent(tx, order.id, { type: "stock_released" });
  }
  if (target === "PAID") {
    await clearPaidItemsFromCart(tx, order.id, order.cartId);
    await enqueueOrderPaidEmails(tx, order.id);
  }
  return { orderId: order.id, status: target, changed: true };
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

function amountMismatch(
  session: Stripe.Checkout.Session,
  order: { subtotalAmount: number; shippingAmount: number; requiresShipping: boolean; currency: string; applicationFeeAmount: number },
): string | null {
  if (session.currency !== order.currency) return `currency ${session.currency} != ${order.currency}`;
  const total = order.subtotalAmount + order.shippingAmount;
  if (session.amount_total !== total) return `amount ${session.amount_total} != ${total}`;
  const shipping = shippingMismatch(session, order);
  if (shipping) return shipping;
  const intent = typeof session.payment_intent === "object" ? session.payment_intent : null;
  if (intent && intent.application_fee_amount !== null && intent.application_fee_amount !== order.applicationFeeAmount) {
    return `application fee ${intent.application_fee_amount} != ${order.applicationFeeAmount}`;
  }
  return null;
}

/** The paid products leave the buyer's cart; anything added since stays. */
async function clearPaidItemsFromCart(tx: Tx, orderId: string, cartId: string | null) {
  if (!cartId) return;
  const items = await tx.orderItem.findMany({ where: { orderId, productId: { not: null } }, select: { productId: true } });
  await tx.cartItem.deleteMany({ where: { cartId, productId: { in: items.map((item) => item.productId!) } } });
}
