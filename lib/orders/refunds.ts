import type Stripe from "stripe";
import type { Prisma } from "@/generated/prisma/client";
import type { OrderStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { STRIPE_TX_OPTIONS } from "@/lib/db-transactions";
import { getStripe } from "@/lib/stripe";
import { recordOrderEvent } from "./timeline";

type Tx = Prisma.TransactionClient;

export type RefundRequest = { amount: number; refundApplicationFee: boolean; requestId: string };
export type RefundResult = { ok: true } | { ok: false; error: "notRefundable" | "tooMuch" | "invalidAmount" };

/**
 * Refunds part or all of a paid order on the seller's account (a direct charge is refunded where
 * it was made), optionally giving back the platform's fee in proportion. The idempotency key
 * comes from the form's request id, so a double submit refunds once.
 */
export async function refundOrder(orderId: string, shopId: string, request: RefundRequest): Promise<RefundResult> {
  const order = await db.order.findFirst({ where: { id: orderId, shopId }, include: { shop: { include: { stripeAccount: true } } } });
  if (!order?.paymentIntentId || !order.shop.stripeAccount || !["PAID", "PARTIALLY_REFUNDED"].includes(order.status)) {
    return { ok: false, error: "notRefundable" };
  }
  if (!Number.isSafeInteger(request.amount) || request.amount <= 0) return { ok: false, error: "invalidAmount" };
  if (request.amount > order.subtotalAmount - order.amountRefunded) return { ok: false, error: "tooMuch" };

  const stripeAccount = order.shop.stripeAccount.stripeAccountId;
  await getStripe().refunds.create(
    {
      payment_intent: order.paymentIntentId,
      amount: request.amount,
      refund_application_fee: request.refundApplicationFee,
      metadata: { order_id: order.id, refund_application_fee: String(request.refundApplicationFee) },
    },
    { stripeAccount, idempotencyKey: `order-${order.id}-refund-${request.requestId}` },
  );
  await syncOrderRefunds(order.paymentIntentId, stripeAccount);
  return { ok: true };
}

/**
 * Makes the order agree with Stripe's refunds for its PaymentIntent: records each refund once,
 * and sets the refunded totals and status from them. Used after a refund from the dashboard and
 * on charge.refunded, in whichever order they come.
 */
export async function syncOrderRefunds(paymentIntentId: string, stripeAccount: string, tx?: Tx): Promise<void> {
  if (!tx) return db.$transaction((inner) => syncWithin(inner, paymentIntentId, stripeAccount), STRIPE_TX_OPTIONS);
  return syncWithin(tx, paymentIntentId, stripeAccount);
}

async function syncWithin(tx: Tx, paymentIntentId: string, stripeAccount: string): Promise<void> {
  // Lock the order first, so concurrent syncs apply one after the other.
  const locked = await tx.order.updateMany({ where: { paymentIntentId }, data: { updatedAt: new Date() } });
  if (locked.count === 0) return;
  const order = await tx.order.findUniqueOrThrow({ where: { paymentIntentId } });
  const stripe = getStripe();
  const refunds = await stripe.refunds.list({ payment_intent: paymentIntentId, limit: 100 }, { stripeAccount });
  const intent = await stripe.paymentIntents.retrieve(paymentIntentId, { expand: ["latest_charge"] }, { stripeAccount });
  const charge = typeof intent.latest_charge === "object" ? (intent.latest_charge as Stripe.Charge | null) : null;

  for (const refund of refunds.data) {
    const existing = await tx.refund.findUnique({ where: { stripeRefundId: refund.id } });
    if (existing) {
      if (existing.status !== refund.status) await tx.refund.update({ where: { id: existing.id }, data: { status: refund.status ?? "unknown" } });
      continue;
    }
    await tx.refund.create({
      data: {
        orderId: order.id,
        stripeRefundId: refund.id,
        amount: refund.amount,
        status: refund.status ?? "unknown",
        refundApplicationFee: refund.metadata?.refund_application_fee === "true",
      },
    });
    await recordOrderEvent(tx, order.id, { type: "refund", stripeRef: refund.id, detail: `amount=${refund.amount}` });
  }

  const refunded = refunds.data.filter((r) => r.status !== "failed" && r.status !== "canceled").reduce((sum, r) => sum + r.amount, 0);
  const feeRefunded = await applicationFeeRefunded(charge, stripeAccount);
  const status: OrderStatus = refunded >= order.subtotalAmount ? "REFUNDED" : refunded > 0 ? "PARTIALLY_REFUNDED" : order.status;
  if (refunded === order.amountRefunded && status === order.status && feeRefunded === order.applicationFeeRefunded) return;
  await tx.order.update({ where: { id: order.id }, data: { amountRefunded: refunded, applicationFeeRefunded: feeRefunded, status } });
  if (status !== order.status) await recordOrderEvent(tx, order.id, { type: "status_changed", fromStatus: order.status, toStatus: status });
}

/** The platform's fee given back so far, read from the application fee on the platform's side. */
async function applicationFeeRefunded(charge: Stripe.Charge | null, _stripeAccount: string): Promise<number> {
  const feeId = typeof charge?.application_fee === "string" ? charge.application_fee : charge?.application_fee?.id;
  if (!feeId) return 0;
  const fee = await getStripe().applicationFees.retrieve(feeId);
  return fee.amount_refunded;
}
