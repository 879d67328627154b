import type Stripe from "stripe";
import type { Emulator } from "../emulator";
import { newId } from "../ids";
import type { SessionRecord, SubscriptionRecord } from "../state";
import { addInterval, buildCustomer, buildInvoice, buildSubscription, currentPeriod, invoicePayment } from "./billing";
import { chargeDeclined, chargeSucceeded } from "./charges";
import { buildPaymentIntent, type PaymentMethodInfo } from "./ledger";

/**
 * Subscriptions created by Checkout in `mode=subscription` on a connected account, billed again
 * whenever the emulator's clock passes the end of a period. Every invoice is paid by its own
 * PaymentIntent on the account, with `application_fee_amount` = the subscription's
 * `application_fee_percent` of the invoice total (rounded), so the platform gets an application fee
 * per period, as with Stripe Billing on direct charges.
 */

type Card = Extract<PaymentMethodInfo, { type: "card" }>;

function feeOf(sub: Stripe.Subscription, total: number): number | null {
  return sub.application_fee_percent === null ? null : Math.round((total * sub.application_fee_percent) / 100);
}

/** Try to pay an invoice with the subscription's card; emits the invoice events. Returns true when paid. */
function collect(emu: Emulator, rec: SubscriptionRecord, invoice: Stripe.Invoice, succeed: boolean): boolean {
  const owner = rec.owner;
  const pi = buildPaymentIntent(emu, {
    owner,
    amount: invoice.total,
    currency: invoice.currency,
    piData: { application_fee_amount: feeOf(rec.sub, invoice.total), metadata: {}, description: `Subscription ${invoice.billing_reason === "subscription_create" ? "creation" : "update"}`, statement_descriptor: null, receipt_email: null },
    paymentMethodTypes: ["card"],
  });
  pi.customer = rec.sub.customer;
  emu.state.paymentIntents[pi.id] = { owner, obj: pi };
  emu.emit("payment_intent.created", pi, { owner });
  invoice.attempted = true;
  invoice.attempt_count += 1;
  const pmId = rec.sub.default_payment_method as string;
  const card: Card = { type: "card", ...rec.card };
  if (succeed) {
    const charge = chargeSucceeded(emu, owner, pi, card, rec.email, pmId);
    charge.customer = rec.sub.customer;
    Object.assign(invoice, {
      status: "paid",
      amount_paid: invoice.total,
      amount_remaining: 0,
      next_payment_attempt: null,
      status_transitions: { ...invoice.status_transitions, paid_at: emu.now() },
      payments: { ...invoice.payments!, data: [invoicePayment(emu, invoice, pi, true)] },
    } satisfies Partial<Stripe.Invoice>);
    emu.emit("invoice.paid", invoice, { owner });
    emu.emit("invoice.payment_succeeded", invoice, { owner });
    return true;
  }
  chargeDeclined(emu, owner, pi, card, rec.email, { code: "card_declined", decline_code: "generic_decline" }, pmId);
  Object.assign(invoice, {
    // Stripe retries a few days later (Smart Retries); the emulator retries at the next period instead.
    next_payment_attempt: addInterval(emu.now(), { interval: "day", interval_count: 3, meter: null, trial_period_days: null, usage_type: "licensed" }),
    payments: { ...invoice.payments!, data: [invoicePayment(emu, invoice, pi, false)] },
  } satisfies Partial<Stripe.Invoice>);
  emu.emit("invoice.payment_failed", invoice, { owner });
  return false;
}

function storeInvoice(emu: Emulator, rec: SubscriptionRecord, invoice: Stripe.Invoice): void {
  emu.state.invoices[invoice.id] = { owner: rec.owner, obj: invoice };
  const cus = emu.state.customers[rec.sub.customer as string]?.obj;
  if (cus) cus.next_invoice_sequence = (cus.next_invoice_sequence ?? 1) + 1;
  rec.sub.latest_invoice = invoice.id;
  emu.emit("invoice.created", invoice, { owner: rec.owner });
  emu.emit("invoice.finalized", invoice, { owner: rec.owner });
}

/**
 * The customer paid a `mode=subscription` session: Customer, Subscription (recurring lines), first
 * Invoice (every line, one-time ones included) paid by card, then `checkout.session.completed`.
 */
export function startSubscription(emu: Emulator, rec: SessionRecord, email: string, card: Card, failsRenewal: boolean): void {
  const owner = rec.owner;
  const customer = buildCustomer(emu, email, null);
  emu.state.customers[customer.id] = { owner, obj: customer };
  emu.emit("customer.created", customer, { owner });
  const sd = rec.subscriptionData ?? { application_fee_percent: null, metadata: {}, description: null };
  const now = emu.now();
  const pmId = newId("pm");
  customer.invoice_settings.default_payment_method = pmId;
  const sub = buildSubscription(emu, {
    owner,
    customer: customer.id,
    recurring: rec.lineItems.filter((li) => li.price?.recurring),
    start: now,
    feePercent: sd.application_fee_percent,
    metadata: sd.metadata,
    description: sd.description,
    paymentMethod: pmId,
  });
  const { brand, last4, exp_month, exp_year, country } = card;
  const srec: SubscriptionRecord = { owner, sub, card: { brand, last4, exp_month, exp_year, country }, failsRenewal, email, periods: 1, descriptions: Object.fromEntries(rec.lineItems.map((li) => [li.price!.id, li.description ?? ""])) };
  emu.state.subscriptions[sub.id] = srec;
  emu.emit("customer.subscription.created", sub, { owner });
  const invoice = buildInvoice(emu, srec, rec.lineItems, currentPeriod(sub), "subscription_create");
  storeInvoice(emu, srec, invoice);
  collect(emu, srec, invoice, true);
  Object.assign(rec.session, {
    status: "complete",
    payment_status: "paid",
    customer: customer.id,
    subscription: sub.id,
    invoice: invoice.id,
    url: null,
    customer_details: { address: null, business_name: null, email, individual_name: null, name: null, phone: null, tax_exempt: "none", tax_ids: [] },
  } satisfies Partial<Stripe.Checkout.Session>);
  rec.challenge = null;
  emu.store.changed();
  emu.emit("checkout.session.completed", rec.session, { owner });
}

function endSubscription(emu: Emulator, rec: SubscriptionRecord, at: number, reason: Stripe.Subscription.CancellationDetails.Reason): void {
  const prev = { status: rec.sub.status, ended_at: null, canceled_at: rec.sub.canceled_at };
  Object.assign(rec.sub, {
    status: "canceled",
    ended_at: at,
    canceled_at: rec.sub.canceled_at ?? at,
    cancellation_details: { comment: null, feedback: null, feedback_option: null, reason },
  } satisfies Partial<Stripe.Subscription>);
  emu.store.changed();
  emu.emit("customer.subscription.deleted", rec.sub, { owner: rec.owner, previous: prev });
}

/** `DELETE /v1/subscriptions/{id}`: ends it now. */
export function cancelNow(emu: Emulator, rec: SubscriptionRecord): void {
  endSubscription(emu, rec, emu.now(), "cancellation_requested");
}

/** `cancel_at_period_end` on or off; `cancel_at` follows, as on Stripe. */
export function setCancelAtPeriodEnd(emu: Emulator, rec: SubscriptionRecord, on: boolean): void {
  const sub = rec.sub;
  if (sub.cancel_at_period_end === on) return;
  const prev = { cancel_at_period_end: sub.cancel_at_period_end, cancel_at: sub.cancel_at, canceled_at: sub.canceled_at, cancellation_details: sub.cancellation_details };
  Object.assign(sub, {
    cancel_at_period_end: on,
    cancel_at: on ? currentPeriod(sub).end : null,
    canceled_at: on ? emu.now() : null,
    cancellation_details: { comment: null, feedback: null, feedback_option: null, reason: on ? "cancellation_requested" : null },
  } satisfies Partial<Stripe.Subscription>);
  emu.store.changed();
  emu.emit("customer.subscription.updated", sub, { owner: rec.owner, previous: prev });
}

/** Bill one more period: new period on the items, an invoice for the recurring lines, a payment. */
function renew(emu: Emulator, rec: SubscriptionRecord): void {
  const sub = rec.sub;
  const recurring = sub.items.data[0]!.price.recurring!;
  const start = currentPeriod(sub).end;
  const end = addInterval(sub.billing_cycle_anchor, recurring, rec.periods + 1);
  const prevPeriod = currentPeriod(sub);
  for (const item of sub.items.data) Object.assign(item, { current_period_start: start, current_period_end: end });
  rec.periods += 1;
  const lines: Stripe.LineItem[] = sub.items.data.map((i) => ({
    id: newId("li"),
    object: "item",
    adjustable_quantity: null,
    amount_discount: 0,
    amount_subtotal: (i.price.unit_amount ?? 0) * (i.quantity ?? 1),
    amount_tax: 0,
    amount_total: (i.price.unit_amount ?? 0) * (i.quantity ?? 1),
    currency: i.price.currency,
    description: rec.descriptions[i.price.id] ?? (i.price.product as string),
    metadata: {},
    price: i.price,
    quantity: i.quantity ?? 1,
  }));
  const invoice = buildInvoice(emu, rec, lines, { start, end }, "subscription_cycle");
  storeInvoice(emu, rec, invoice);
  const paid = collect(emu, rec, invoice, !rec.failsRenewal);
  const before = sub.status;
  const status: Stripe.Subscription.Status = paid ? "active" : "past_due";
  sub.status = status;
  emu.store.changed();
  const previous: Record<string, unknown> = { items: { data: [{ current_period_start: prevPeriod.start, current_period_end: prevPeriod.end }] }, latest_invoice: null };
  if (before !== status) previous.status = before;
  emu.emit("customer.subscription.updated", sub, { owner: rec.owner, previous });
}

/** Clock-driven: renew (or end, with `cancel_at_period_end`) every subscription whose period is over. */
export function subscriptionTick(emu: Emulator): void {
  const now = emu.now();
  for (const rec of Object.values(emu.state.subscriptions)) {
    // A clock moved by several periods bills each one in turn, as Stripe's test clocks do.
    for (let guard = 0; guard < 120; guard++) {
      const sub = rec.sub;
      if (sub.status === "canceled" || sub.status === "incomplete_expired") break;
      const { end } = currentPeriod(sub);
      if (end > now) break;
      if (sub.cancel_at_period_end) {
        endSubscription(emu, rec, end, "cancellation_requested");
        break;
      }
      renew(emu, rec);
    }
  }
}
