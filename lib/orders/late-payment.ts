import { invalidateSoldOut } from "@/lib/cache/catalogue";
import type { Prisma } from "@/generated/prisma/client";
import type { OrderStatus } from "@/generated/prisma/enums";
import { logger } from "@/lib/logger";
import { SUBMITTING } from "./refunds";
import { recordOrderEvent } from "./timeline";

type Tx = Prisma.TransactionClient;

/** Orders whose checkout attempt was closed (canceled, replaced, swept) before Stripe said it was paid. */
const CLOSED: readonly OrderStatus[] = ["CANCELED", "EXPIRED"];

export type LatePaymentOutcome = "reinstated" | "refund_queued" | "recorded";

/**
 * A payment that arrives for an order whose attempt was already closed (the buyer paid in the
 * seconds before the session was expired, or a crash left the session open) is never lost
 * silently. The documented rule (README, "Payments on closed orders"):
 * 1. it is recorded on the order's timeline (`payment_on_closed_order`), which the operator's
 *    overview lists;
 * 2. if every item can still be taken from the shelves, the order is reinstated: it moves to the
 *    payment's status and the sale goes ahead as usual (emails, cart);
 * 3. otherwise a full refund is written (reason `late_payment`) and sent to Stripe after the
 *    transaction, by the sweep; the order stays canceled. A delayed payment still processing is
 *    only recorded: it is refunded once it succeeds.
 * Returns null when the order is not a closed attempt (nothing to do here).
 */
export async function handlePaymentOnClosedOrder(
  tx: Tx,
  order: { id: string; status: OrderStatus; subtotalAmount: number; buyerId: string | null },
  target: OrderStatus,
  payment: { paymentIntentId?: string; checkoutSessionId?: string; email?: string | null; amount: number | null; paidAt: Date; shipping?: { data: Prisma.OrderUncheckedUpdateInput } },
): Promise<LatePaymentOutcome | null> {
  const { paymentIntentId, paidAt } = payment;
  if (!CLOSED.includes(order.status) || (target !== "PAID" && target !== "PROCESSING") || !paymentIntentId) return null;
  const seen = await tx.orderEvent.findFirst({ where: { orderId: order.id, type: "payment_on_closed_order", stripeRef: paymentIntentId } });
  if (seen && target === "PROCESSING") return "recorded";

  if (await takeStockAgain(tx, order.id)) {
    const moved = await tx.order.updateMany({
      where: { id: order.id, status: { in: [...CLOSED] } },
      data: {
        status: target,
        paymentIntentId,
        ...(payment.checkoutSessionId ? { checkoutSessionId: payment.checkoutSessionId } : {}),
        stockReleasedAt: null,
        failureReason: null,
        guestEmail: order.buyerId ? undefined : (payment.email ?? undefined),
        ...(target === "PAID" ? { paidAt } : {}),
        ...payment.shipping?.data,
      },
    });
    if (moved.count === 1) {
      await recordOrderEvent(tx, order.id, { type: "payment_on_closed_order", stripeRef: paymentIntentId, detail: "reinstated" });
      logger.warn("payment on a closed order: reinstated", { orderId: order.id, paymentIntentId });
      return "reinstated";
    }
  }
  if (seen || target !== "PAID") {
    if (!seen) await recordOrderEvent(tx, order.id, { type: "payment_on_closed_order", stripeRef: paymentIntentId, detail: "waiting" });
    return "recorded";
  }
  await tx.order.update({ where: { id: order.id }, data: { paymentIntentId, ...(payment.checkoutSessionId ? { checkoutSessionId: payment.checkoutSessionId } : {}) } });
  await tx.refund.create({
    data: {
      orderId: order.id,
      idempotencyKey: `order-${order.id}-late-payment-${paymentIntentId}`,
      amount: payment.amount ?? order.subtotalAmount,
      refundApplicationFee: true,
      status: SUBMITTING,
      reason: "late_payment",
    },
  });
  await recordOrderEvent(tx, order.id, { type: "payment_on_closed_order", stripeRef: paymentIntentId, detail: "refund" });
  logger.warn("payment on a closed order: refund queued", { orderId: order.id, paymentIntentId });
  return "refund_queued";
}

/** Takes every item's units again, all or nothing (what was taken is put back if one is short). */
async function takeStockAgain(tx: Tx, orderId: string): Promise<boolean> {
  const items = await tx.orderItem.findMany({ where: { orderId }, select: { productId: true, quantity: true } });
  const taken: { productId: string; quantity: number }[] = [];
  for (const item of items) {
    if (!item.productId) return undo(tx, taken);
    const product = await tx.product.findUnique({ where: { id: item.productId }, select: { stock: true } });
    if (!product) return undo(tx, taken);
    if (product.stock === null) continue;
    const moved = await tx.product.updateMany({ where: { id: item.productId, stock: { gte: item.quantity } }, data: { stock: { decrement: item.quantity } } });
    if (moved.count === 0) return undo(tx, taken);
    taken.push({ productId: item.productId, quantity: item.quantity });
  }
  await invalidateSoldOut(taken.map((item) => item.productId), tx);
  return true;
}

async function undo(tx: Tx, taken: { productId: string; quantity: number }[]): Promise<false> {
  for (const item of taken) await tx.product.update({ where: { id: item.productId }, data: { stock: { increment: item.quantity } } });
  return false;
}
