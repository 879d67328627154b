import type Stripe from "stripe";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { getStripe } from "@/lib/stripe";
import type { ApplyEvent } from "../process-event";

const idOf = (value: string | { id: string } | null | undefined): string | null => (typeof value === "string" ? value : (value?.id ?? null));

/**
 * application_fee.created / application_fee.refunded (platform endpoint): the fee is re-read from
 * Stripe, whose current state wins over the payload (events come late and out of order), and
 * written to the ledger once per fee id. The order is found through the charge, which lives on
 * the connected account named by the fee (platform events carry no `account`). Every Stripe read
 * happens first; the write is one upsert.
 */
export async function applicationFeeChanged(event: Stripe.Event): Promise<ApplyEvent> {
  const payload = event.data.object as Stripe.ApplicationFee;
  const fee = await getStripe().applicationFees.retrieve(payload.id);
  const account = idOf(fee.account);
  const chargeId = idOf(fee.charge);
  if (!account || !chargeId) throw new Error(`application fee ${fee.id} has no account or charge`);

  const existing = await db.applicationFeeRecord.findUnique({ where: { stripeFeeId: fee.id }, select: { orderId: true } });
  const orderId = existing?.orderId ?? (await matchOrder(chargeId, account));
  const state = {
    stripeAccount: account,
    chargeId,
    orderId,
    amount: fee.amount,
    amountRefunded: fee.amount_refunded,
    currency: fee.currency,
    stripeCreated: new Date(fee.created * 1000),
  };
  if (!orderId) logger.warn("application fee without a matching order", { feeId: fee.id, chargeId, account });
  return async (tx: Prisma.TransactionClient) => {
    // A concurrent copy may have matched the order meanwhile: never forget a match.
    await tx.applicationFeeRecord.upsert({
      where: { stripeFeeId: fee.id },
      create: { stripeFeeId: fee.id, ...state },
      update: { ...state, ...(orderId ? {} : { orderId: undefined }) },
    });
  };
}

/**
 * The order whose PaymentIntent made the charge. When the fee arrives before the order learnt its
 * PaymentIntent (checkout.session.completed not applied yet), the Checkout Session of that
 * PaymentIntent names the order instead.
 */
async function matchOrder(chargeId: string, account: string): Promise<string | null> {
  const stripe = getStripe();
  const charge = await stripe.charges.retrieve(chargeId, {}, { stripeAccount: account });
  const paymentIntent = idOf(charge.payment_intent);
  if (!paymentIntent) return null;
  const ofAccount = { shop: { stripeAccount: { stripeAccountId: account } } };
  const byIntent = await db.order.findFirst({ where: { paymentIntentId: paymentIntent, ...ofAccount }, select: { id: true } });
  if (byIntent) return byIntent.id;

  const sessions = await stripe.checkout.sessions.list({ payment_intent: paymentIntent, limit: 1 }, { stripeAccount: account });
  const session = sessions.data[0];
  if (!session) return null;
  const orderId = session.metadata?.order_id ?? session.client_reference_id;
  const bySession = await db.order.findFirst({
    where: { OR: [{ checkoutSessionId: session.id }, ...(orderId ? [{ id: orderId }] : [])], ...ofAccount },
    select: { id: true },
  });
  return bySession?.id ?? null;
}
