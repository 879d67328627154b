import type Stripe from "stripe";
import type { Prisma } from "@/generated/prisma/client";
import { getStripe } from "@/lib/stripe";
import { recordOrderEvent } from "@/lib/orders/timeline";
import type { ApplyEvent } from "@/lib/webhooks/process-event";
import { checkoutSessionChanged } from "@/lib/webhooks/handlers/checkout-session";
import { enqueueSubscriptionEmail } from "./emails";
import { applySubscription, readSubscription, subscriptionOfInvoice } from "./sync";

type Tx = Prisma.TransactionClient;

/**
 * Connect webhooks of subscriptions. Each handler re-reads Stripe first (payloads may be stale or
 * come out of order; no transaction is open meanwhile), then returns the short transaction that
 * writes through unique keys (subscription id, invoice id, email dedupe key), so duplicated and
 * reordered events have one effect.
 */

function accountOf(event: Stripe.Event): string {
  if (!event.account) throw new Error(`${event.type} ${event.id} has no account`);
  return event.account;
}

/** checkout.session.completed: the usual fulfilment of the first order, then the subscription it opened. */
export async function checkoutSessionCompleted(event: Stripe.Event): Promise<ApplyEvent> {
  const fulfil = await checkoutSessionChanged(event);
  const session = event.data.object as Stripe.Checkout.Session;
  const subscriptionId = typeof session.subscription === "string" ? session.subscription : (session.subscription?.id ?? null);
  const state = session.mode === "subscription" && subscriptionId ? await readSubscription(accountOf(event), subscriptionId) : null;
  return async (tx) => {
    await fulfil(tx);
    if (state) await applySubscription(tx, accountOf(event), state);
  };
}

/** customer.subscription.created / updated / deleted: status, period, cancellation. */
export async function subscriptionChanged(event: Stripe.Event): Promise<ApplyEvent> {
  const state = await readSubscription(accountOf(event), (event.data.object as Stripe.Subscription).id);
  return async (tx) => {
    await applySubscription(tx, accountOf(event), state);
  };
}

type PaidInvoice = { invoice: Stripe.Invoice; paymentIntent: Stripe.PaymentIntent | null; charge: Stripe.Charge | null };

async function readInvoice(id: string, account: string): Promise<PaidInvoice> {
  const stripe = getStripe();
  const invoice = await stripe.invoices.retrieve(id, { expand: ["payments"] }, { stripeAccount: account });
  const payment = invoice.payments?.data.find((p) => p.status === "paid") ?? invoice.payments?.data[0];
  const piId = payment?.payment.payment_intent;
  const paymentIntent = piId
    ? typeof piId === "string"
      ? await stripe.paymentIntents.retrieve(piId, { expand: ["latest_charge"] }, { stripeAccount: account })
      : piId
    : null;
  const charge = paymentIntent && typeof paymentIntent.latest_charge === "object" ? paymentIntent.latest_charge : null;
  return { invoice, paymentIntent, charge };
}

/**
 * invoice.paid: every period's payment is an order of its own (the first one is the Checkout's
 * order), with the fee Stripe actually took; the fee ledger row of that charge is linked to it.
 */
export async function invoicePaid(event: Stripe.Event): Promise<ApplyEvent | void> {
  const account = accountOf(event);
  const { invoice, paymentIntent, charge } = await readInvoice((event.data.object as Stripe.Invoice).id, account);
  const subscriptionId = subscriptionOfInvoice(invoice);
  if (!subscriptionId || invoice.status !== "paid") return;
  const state = await readSubscription(account, subscriptionId);
  return (tx) => applyInvoicePaid(tx, account, state, invoice, paymentIntent, charge);
}

async function applyInvoicePaid(
  tx: Tx,
  account: string,
  state: Awaited<ReturnType<typeof readSubscription>>,
  invoice: Stripe.Invoice,
  paymentIntent: Stripe.PaymentIntent | null,
  charge: Stripe.Charge | null,
): Promise<void> {
  const sub = await applySubscription(tx, account, state);
  if (!sub) return;
  const paidAt = charge ? new Date(charge.created * 1000) : new Date();
  const fee = charge?.application_fee_amount ?? 0;

  let orderId: string | null;
  if (invoice.billing_reason === "subscription_create") {
    orderId = sub.firstOrderId;
    if (orderId) {
      await tx.order.updateMany({
        where: { id: orderId, stripeInvoiceId: null },
        data: { stripeInvoiceId: invoice.id, paymentIntentId: paymentIntent?.id, subscriptionId: sub.id, applicationFeeAmount: fee },
      });
    }
  } else {
    orderId = await recordRenewalOrder(tx, sub, invoice, paymentIntent?.id ?? null, fee, paidAt);
  }
  if (orderId && charge) await tx.applicationFeeRecord.updateMany({ where: { chargeId: charge.id, orderId: null }, data: { orderId } });
  if (invoice.billing_reason !== "subscription_create") await enqueueSubscriptionEmail(tx, "renewed", sub.id, invoice);
}

/** A renewal's order, written once per invoice (its id is unique on orders). */
async function recordRenewalOrder(
  tx: Tx,
  sub: { id: string; shopId: string; buyerId: string | null; email: string | null; firstOrderId: string | null },
  invoice: Stripe.Invoice,
  paymentIntentId: string | null,
  fee: number,
  paidAt: Date,
): Promise<string> {
  const existing = await tx.order.findUnique({ where: { stripeInvoiceId: invoice.id }, select: { id: true } });
  if (existing) return existing.id;
  // The recurring items of the first order are what each period delivers again.
  const firstItems = sub.firstOrderId
    ? await tx.orderItem.findMany({ where: { orderId: sub.firstOrderId, product: { recurringInterval: { not: null } } }, orderBy: { id: "asc" } })
    : [];
  const order = await tx.order.create({
    data: {
      shopId: sub.shopId,
      buyerId: sub.buyerId,
      guestEmail: sub.buyerId ? null : sub.email,
      status: "PAID",
      subtotalAmount: invoice.amount_paid,
      applicationFeeAmount: fee,
      currency: invoice.currency,
      paymentIntentId,
      stripeInvoiceId: invoice.id,
      subscriptionId: sub.id,
      paidAt,
      items: {
        create: firstItems.length
          ? firstItems.map((i) => ({ productId: i.productId, name: i.name, unitAmount: i.unitAmount, quantity: i.quantity }))
          : invoice.lines.data.map((l) => ({ productId: null, name: l.description ?? "", unitAmount: Math.round(l.amount / (l.quantity ?? 1)), quantity: l.quantity ?? 1 })),
      },
    },
  });
  await recordOrderEvent(tx, order.id, { type: "status_changed", toStatus: "PAID", stripeRef: invoice.id, detail: "subscription renewal" });
  return order.id;
}

/** invoice.payment_failed: the subscription is past due (Stripe's state, re-read) and the buyer is told once. */
export async function invoicePaymentFailed(event: Stripe.Event): Promise<ApplyEvent | void> {
  const account = accountOf(event);
  const { invoice } = await readInvoice((event.data.object as Stripe.Invoice).id, account);
  const subscriptionId = subscriptionOfInvoice(invoice);
  if (!subscriptionId) return;
  const state = await readSubscription(account, subscriptionId);
  return async (tx) => {
    const sub = await applySubscription(tx, account, state);
    // Paid since (a retry went through): nothing to tell.
    if (sub && invoice.status !== "paid") await enqueueSubscriptionEmail(tx, "failed", sub.id, invoice);
  };
}
