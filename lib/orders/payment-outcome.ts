import type { Prisma } from "@/generated/prisma/client";
import type { OrderStatus } from "@/generated/prisma/enums";
import { enqueueOrderPaidEmails } from "@/lib/email/order-emails";
import { logger } from "@/lib/logger";
import { handlePaymentOnClosedOrder } from "./late-payment";
import { releaseOrderStock } from "./stock";
import { recordOrderEvent } from "./timeline";
import { RELEASES_STOCK, statusesThatMayBecome } from "./transitions";

type Tx = Prisma.TransactionClient;
export type FulfilSource = { eventId: string; eventType: string } | { page: "success" } | { reconcile: true } | { confirm: true };
export type FulfilResult = { orderId: string; status: OrderStatus; changed: boolean } | null;

export type OutcomeOrder = {
  id: string;
  status: OrderStatus;
  subtotalAmount: number;
  /** Shipping charged on top of the goods (issue 15): what Stripe must have charged is the sum. */
  shippingAmount: number;
  applicationFeeAmount: number;
  currency: string;
  buyerId: string | null;
  guestEmail: string | null;
  cartId: string | null;
};

/** What Stripe says about an order's payment, read from a Checkout Session or a PaymentIntent. */
export type PaymentOutcome = {
  /** null: nothing to move (still open, waiting for the buyer). */
  target: OrderStatus | null;
  /** The Stripe object the outcome was read from (timeline reference). */
  stripeRef: string;
  amount: number | null;
  currency: string;
  applicationFee: number | null;
  paymentIntentId?: string;
  checkoutSessionId?: string;
  paidAt: Date;
  email?: string | null;
  failureReason?: string;
  /** The delivery as Stripe recorded it (address, rate) and whether it matches the order (null: it does). */
  shipping?: { data: Prisma.OrderUncheckedUpdateInput; problem: string | null };
};

/**
 * The one place an order moves after a payment signal, whatever read it (Checkout Session or
 * PaymentIntent) and whoever called (webhook, success page, server confirmation, reconciliation).
 * It checks amount and currency against the order, moves the order forward only with a
 * conditional UPDATE on its current status, and applies the effects of the move (stock release,
 * cart clean-up, emails) only when this call made it: concurrent calls produce one effect.
 */
export async function applyPaymentOutcome(tx: Tx, order: OutcomeOrder, outcome: PaymentOutcome, source: FulfilSource): Promise<FulfilResult> {
  if ("eventId" in source) {
    await recordOrderEvent(tx, order.id, { type: "stripe_event", stripeRef: source.eventId, detail: source.eventType });
  }
  const { target } = outcome;
  if (!target) return { orderId: order.id, status: order.status, changed: false };

  if (target === "PAID" || target === "PROCESSING") {
    const mismatch = amountMismatch(outcome, order);
    if (mismatch) {
      // Never mark paid what does not match what we asked for; operators see it on the timeline.
      await recordOrderEvent(tx, order.id, { type: "amount_mismatch", stripeRef: outcome.stripeRef, detail: mismatch });
      logger.error("payment amount mismatch", { orderId: order.id, stripeRef: outcome.stripeRef, mismatch });
      return { orderId: order.id, status: order.status, changed: false };
    }
  }

  const moved = await tx.order.updateMany({
    where: { id: order.id, status: { in: statusesThatMayBecome(target) } },
    data: {
      status: target,
      ...(outcome.checkoutSessionId ? { checkoutSessionId: outcome.checkoutSessionId } : {}),
      ...(outcome.paymentIntentId ? { paymentIntentId: outcome.paymentIntentId } : {}),
      guestEmail: order.buyerId ? undefined : (outcome.email ?? order.guestEmail),
      ...(target === "PAID" ? { paidAt: outcome.paidAt } : {}),
      ...(target === "PAID" || target === "PROCESSING" ? outcome.shipping?.data : {}),
      ...(target === "FAILED" ? { failureReason: outcome.failureReason ?? "payment_failed" } : {}),
    },
  });
  let fromStatus = order.status;
  if (moved.count === 0) {
    const current = await tx.order.findUniqueOrThrow({ where: { id: order.id }, select: { status: true } });
    // A payment for an attempt already closed is never dropped (lib/orders/late-payment.ts).
    const late = await handlePaymentOnClosedOrder(tx, { ...order, status: current.status }, target, outcome);
    if (late !== "reinstated") return { orderId: order.id, status: current.status, changed: late !== null };
    fromStatus = current.status;
  }

  await recordOrderEvent(tx, order.id, { type: "status_changed", fromStatus, toStatus: target, stripeRef: outcome.stripeRef });
  if (RELEASES_STOCK.has(target) && (await releaseOrderStock(tx, order.id))) {
    await recordOrderEvent(tx, order.id, { type: "stock_released" });
  }
  if (target === "PAID") {
    await clearPaidItemsFromCart(tx, order.id, order.cartId);
    await enqueueOrderPaidEmails(tx, order.id);
  }
  return { orderId: order.id, status: target, changed: true };
}

function amountMismatch(outcome: PaymentOutcome, order: OutcomeOrder): string | null {
  if (outcome.currency !== order.currency) return `currency ${outcome.currency} != ${order.currency}`;
  const total = order.subtotalAmount + order.shippingAmount;
  if (outcome.amount !== total) return `amount ${outcome.amount} != ${total}`;
  if (outcome.shipping?.problem) return outcome.shipping.problem;
  if (outcome.applicationFee !== null && outcome.applicationFee !== order.applicationFeeAmount) {
    return `application fee ${outcome.applicationFee} != ${order.applicationFeeAmount}`;
  }
  return null;
}

/** The paid products leave the buyer's cart; anything added since stays. */
async function clearPaidItemsFromCart(tx: Tx, orderId: string, cartId: string | null) {
  if (!cartId) return;
  const items = await tx.orderItem.findMany({ where: { orderId, productId: { not: null } }, select: { productId: true } });
  await tx.cartItem.deleteMany({ where: { cartId, productId: { in: items.map((item) => item.productId!) } } });
}
