import Stripe from "stripe";
import type { Prisma } from "@/generated/prisma/client";
import type { OrderStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { getStripe } from "@/lib/stripe";
import { recordOrderEvent } from "./timeline";

type Tx = Prisma.TransactionClient;

export type RefundRequest = { amount: number; confirmFull?: boolean };
export type RefundError = "notRefundable" | "tooMuch" | "invalidAmount" | "confirmFull" | "stripe" | "refused";
export type RefundResult = { ok: true; status: string } | { ok: false; error: RefundError; message?: string };
/** What the seller's refund form shows after a submit: done, or the error and the amount as typed (null before any). */
export type RefundFormState = { ok?: boolean; error?: RefundError; message?: string; amount?: string } | null;
export type RefundFeePolicy = "proportional" | "never";

/** Refunds written but not yet accepted by Stripe. */
export const SUBMITTING = "submitting";
const NOT_REFUNDED = new Set(["failed", "canceled"]);

/** The operator's policy: does a refund give the platform's fee back (in proportion)? */
export async function refundFeePolicy(client: Tx = db): Promise<RefundFeePolicy> {
  const settings = await client.platformSettings.findUnique({ where: { id: 1 }, select: { refundFeePolicy: true } });
  return settings?.refundFeePolicy === "never" ? "never" : "proportional";
}

/**
 * Refunds part or all of a paid order on the seller's account (a direct charge is refunded where
 * it was made). The refund row is written first, with an idempotency key derived from the server's
 * state (order, amount already refunded, amount): a submit retried after any failure reuses the
 * row and its key, so Stripe refunds once. Stripe is called outside any transaction; the row is
 * finished from its answer, or later from charge.refunded / refund.updated. Whether the
 * platform's fee goes back is the operator's policy. A full refund needs `confirmFull`.
 */
export async function refundOrder(orderId: string, shopId: string, request: RefundRequest): Promise<RefundResult> {
  if (!Number.isSafeInteger(request.amount) || request.amount <= 0) return { ok: false, error: "invalidAmount" };
  const prepared = await db.$transaction(async (tx) => {
    // The order's row lock makes concurrent submits for one order take turns.
    const locked = await tx.order.updateMany({ where: { id: orderId, shopId }, data: { updatedAt: new Date() } });
    const order = locked.count === 1 ? await tx.order.findUnique({ where: { id: orderId }, include: { shop: { include: { stripeAccount: true } } } }) : null;
    if (!order?.paymentIntentId || !order.shop.stripeAccount || !["PAID", "PARTIALLY_REFUNDED"].includes(order.status)) return { error: "notRefundable" as const };
    const key = `order-${order.id}-refund-${order.amountRefunded}-${request.amount}`;
    const unfinished = await tx.refund.aggregate({ where: { orderId, status: SUBMITTING, NOT: { idempotencyKey: key } }, _sum: { amount: true } });
    const remaining = order.subtotalAmount - order.amountRefunded - (unfinished._sum.amount ?? 0);
    if (request.amount > remaining) return { error: "tooMuch" as const };
    if (request.amount === order.subtotalAmount - order.amountRefunded && !request.confirmFull) return { error: "confirmFull" as const };
    const refundApplicationFee = (await refundFeePolicy(tx)) === "proportional";
    const row = await tx.refund.upsert({
      where: { idempotencyKey: key },
      create: { orderId, idempotencyKey: key, amount: request.amount, refundApplicationFee, status: SUBMITTING, reason: "seller" },
      update: {},
    });
    if (row.status === SUBMITTING) await recordOrderEvent(tx, orderId, { type: "refund_pending", detail: `amount=${request.amount}` });
    return { row, paymentIntentId: order.paymentIntentId, account: order.shop.stripeAccount.stripeAccountId };
  });
  if ("error" in prepared && prepared.error) return { ok: false, error: prepared.error };
  if (!("row" in prepared) || !prepared.row) return { ok: false, error: "notRefundable" };
  const { row, paymentIntentId, account } = prepared;
  if (row.status !== SUBMITTING) {
    // Stripe already accepted it (an earlier submit whose follow-up failed): only the order's figures may lag.
    await syncOrderRefunds(paymentIntentId, account).catch((error: unknown) => logger.warn("refund sync failed", { orderId, error }));
    return row.status === "failed" ? { ok: false, error: "refused", message: row.failureReason ?? undefined } : { ok: true, status: row.status };
  }
  return submitRefund(row.id);
}

/** Sends a written refund to Stripe with its own key, then records the answer. */
export async function submitRefund(refundId: string): Promise<RefundResult> {
  const row = await db.refund.findUnique({ where: { id: refundId }, include: { order: { include: { shop: { include: { stripeAccount: true } } } } } });
  const account = row?.order.shop.stripeAccount?.stripeAccountId;
  if (!row || row.status !== SUBMITTING || !row.idempotencyKey || !account || !row.order.paymentIntentId) return { ok: false, error: "notRefundable" };
  const paymentIntentId = row.order.paymentIntentId;
  let refund: Stripe.Refund;
  try {
    refund = await getStripe().refunds.create(
      {
        payment_intent: paymentIntentId,
        amount: row.amount,
        refund_application_fee: row.refundApplicationFee,
        metadata: { order_id: row.orderId, refund_id: row.id, reason: row.reason },
      },
      { stripeAccount: account, idempotencyKey: row.idempotencyKey },
    );
  } catch (error) {
    if (error instanceof Stripe.errors.StripeInvalidRequestError && (error.statusCode ?? 0) < 409) {
      // Refused for good: the row says why; nothing was refunded.
      await db.$transaction(async (tx) => {
        await tx.refund.update({ where: { id: row.id }, data: { status: "failed", failureReason: error.message.slice(0, 500) } });
        await recordOrderEvent(tx, row.orderId, { type: "refund_failed", detail: error.message.slice(0, 500) });
      });
      return { ok: false, error: "refused", message: error.message };
    }
    // Unknown outcome (timeout, 5xx): the row stays "submitting"; a retry reuses its key.
    logger.warn("refund not confirmed by Stripe yet", { refundId, error });
    return { ok: false, error: "stripe" };
  }
  try {
    await db.refund.updateMany({ where: { id: row.id, status: SUBMITTING }, data: { stripeRefundId: refund.id, status: refund.status ?? "pending" } });
    await syncOrderRefunds(paymentIntentId, account);
  } catch (error) {
    // Stripe accepted it: charge.refunded, a retried submit (same key) or reconciliation finishes the row.
    logger.warn("refund accepted but not recorded yet", { refundId, stripeRefundId: refund.id, error });
  }
  return { ok: true, status: refund.status ?? "pending" };
}

/** Refunds written inside a transaction that could not call Stripe (late payments) or left unconfirmed: sent now. */
export async function submitPendingRefunds(olderThan = new Date(Date.now() - 60_000)): Promise<number> {
  const rows = await db.refund.findMany({ where: { status: SUBMITTING, createdAt: { lt: olderThan } }, select: { id: true }, take: 100 });
  let submitted = 0;
  for (const { id } of rows) if ((await submitRefund(id)).ok) submitted += 1;
  return submitted;
}

type RefundState = { paymentIntentId: string; refunds: Stripe.Refund[]; feeRefunded: number };

/** What Stripe says about the PaymentIntent's refunds and the platform fee given back (Stripe calls only). */
export async function fetchRefundState(paymentIntentId: string, stripeAccount: string): Promise<RefundState> {
  const stripe = getStripe();
  const refunds = await stripe.refunds.list({ payment_intent: paymentIntentId, limit: 100 }, { stripeAccount });
  const intent = await stripe.paymentIntents.retrieve(paymentIntentId, { expand: ["latest_charge"] }, { stripeAccount });
  const charge = typeof intent.latest_charge === "object" ? intent.latest_charge : null;
  const feeId = typeof charge?.application_fee === "string" ? charge.application_fee : charge?.application_fee?.id;
  const feeRefunded = feeId ? (await stripe.applicationFees.retrieve(feeId)).amount_refunded : 0;
  return { paymentIntentId, refunds: refunds.data, feeRefunded };
}

/**
 * Makes the order agree with Stripe's refunds for its PaymentIntent: each refund recorded once
 * (our own rows matched by the refund_id Stripe carries back), failures recorded and shown, and
 * the refunded totals and status computed from the refunds that did not fail. Stripe is read
 * first; the database is then written in the caller's transaction or a short one of its own.
 */
export async function syncOrderRefunds(paymentIntentId: string, stripeAccount: string, tx?: Tx): Promise<void> {
  const state = await fetchRefundState(paymentIntentId, stripeAccount);
  if (tx) return applyRefundState(tx, state);
  return db.$transaction((inner) => applyRefundState(inner, state));
}

export async function applyRefundState(tx: Tx, { paymentIntentId, refunds, feeRefunded }: RefundState): Promise<void> {
  // Lock the order first, so concurrent syncs apply one after the other.
  const locked = await tx.order.updateMany({ where: { paymentIntentId }, data: { updatedAt: new Date() } });
  if (locked.count === 0) return;
  const order = await tx.order.findUniqueOrThrow({ where: { paymentIntentId } });

  for (const refund of refunds) {
    const ownId = refund.metadata?.refund_id;
    const existing =
      (ownId ? await tx.refund.findFirst({ where: { id: ownId, orderId: order.id } }) : null) ??
      (await tx.refund.findUnique({ where: { stripeRefundId: refund.id } }));
    const status = refund.status ?? "pending";
    if (!existing) {
      await tx.refund.create({
        data: { orderId: order.id, stripeRefundId: refund.id, amount: refund.amount, status, reason: "stripe", refundApplicationFee: refund.metadata?.refund_application_fee === "true" },
      });
      await recordOrderEvent(tx, order.id, { type: "refund", stripeRef: refund.id, detail: `amount=${refund.amount}` });
      continue;
    }
    if (existing.status === status && existing.stripeRefundId === refund.id) continue;
    const failed = NOT_REFUNDED.has(status) && !NOT_REFUNDED.has(existing.status);
    await tx.refund.update({
      where: { id: existing.id },
      data: { stripeRefundId: refund.id, status, ...(failed ? { failureReason: refund.failure_reason ?? status } : {}) },
    });
    if (existing.status === SUBMITTING) await recordOrderEvent(tx, order.id, { type: "refund", stripeRef: refund.id, detail: `amount=${refund.amount}` });
    if (failed) await recordOrderEvent(tx, order.id, { type: "refund_failed", stripeRef: refund.id, detail: refund.failure_reason ?? status });
  }

  const refunded = refunds.filter((r) => !NOT_REFUNDED.has(r.status ?? "")).reduce((sum, r) => sum + r.amount, 0);
  const wasRefunded = order.status === "REFUNDED" || order.status === "PARTIALLY_REFUNDED";
  // A refund that fails later gives the money back to the seller: the status follows it down too.
  const status: OrderStatus = refunded >= order.subtotalAmount ? "REFUNDED" : refunded > 0 ? "PARTIALLY_REFUNDED" : wasRefunded ? "PAID" : order.status;
  if (refunded === order.amountRefunded && status === order.status && feeRefunded === order.applicationFeeRefunded) return;
  await tx.order.update({ where: { id: order.id }, data: { amountRefunded: refunded, applicationFeeRefunded: feeRefunded, status } });
  if (status !== order.status) await recordOrderEvent(tx, order.id, { type: "status_changed", fromStatus: order.status, toStatus: status });
}
