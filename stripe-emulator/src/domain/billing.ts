import type Stripe from "stripe";
import type { Emulator } from "../emulator";
import { newId, randomToken } from "../ids";
import type { SubscriptionRecord } from "../state";
import { PLATFORM_APPLICATION_ID } from "./ledger";

/**
 * Builders for the billing objects of API 2026-10-28: Customers, Subscriptions (periods live on
 * their items) and Invoices (no `charge` / `payment_intent` / `subscription` fields any more: the
 * subscription is under `parent.subscription_details`, payments under `payments`, a line's price
 * under `pricing.price_details`).
 */

/** `interval_count` intervals after `from` (calendar months / years, as Stripe bills). */
export function addInterval(from: number, r: Stripe.Price.Recurring, times = 1): number {
  const n = r.interval_count * times;
  if (r.interval === "day") return from + n * 86400;
  if (r.interval === "week") return from + n * 7 * 86400;
  return addMonths(from, r.interval === "year" ? 12 * n : n);
}

/** Stripe keeps the anchor day, or the month's last day when it is shorter (31 Jan → 28 Feb). */
function addMonths(from: number, months: number): number {
  const d = new Date(from * 1000);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return Math.floor(d.getTime() / 1000);
}

export function buildCustomer(emu: Emulator, email: string, name: string | null): Stripe.Customer {
  return {
    id: newId("cus"),
    object: "customer",
    address: null,
    balance: 0,
    created: emu.now(),
    currency: null,
    default_source: null,
    delinquent: false,
    description: null,
    email,
    invoice_prefix: randomToken(8).toUpperCase(),
    invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
    livemode: false,
    metadata: {},
    name,
    next_invoice_sequence: 1,
    phone: null,
    preferred_locales: [],
    shipping: null,
    tax_exempt: "none",
    test_clock: null,
  };
}

function planOf(price: Stripe.Price): Stripe.Plan {
  const r = price.recurring!;
  return {
    id: price.id,
    object: "plan",
    active: price.active,
    amount: price.unit_amount,
    amount_decimal: null,
    billing_scheme: "per_unit",
    created: price.created,
    currency: price.currency,
    interval: r.interval,
    interval_count: r.interval_count,
    livemode: false,
    metadata: {},
    meter: null,
    nickname: null,
    product: price.product as string,
    tiers_mode: null,
    transform_usage: null,
    trial_period_days: null,
    usage_type: "licensed",
  };
}

export interface NewSubscription {
  owner: string;
  customer: string;
  recurring: Stripe.LineItem[];
  start: number;
  feePercent: number | null;
  metadata: Record<string, string>;
  description: string | null;
  paymentMethod: string;
}

export function buildSubscription(emu: Emulator, s: NewSubscription): Stripe.Subscription {
  const id = newId("sub");
  const recurring = s.recurring[0]!.price!.recurring!;
  const end = addInterval(s.start, recurring);
  const items: Stripe.SubscriptionItem[] = s.recurring.map((li) => ({
    id: newId("si"),
    object: "subscription_item",
    billing_thresholds: null,
    created: s.start,
    current_period_end: end,
    current_period_start: s.start,
    current_trial: null,
    discounts: [],
    metadata: {},
    plan: planOf(li.price!),
    price: li.price!,
    quantity: li.quantity ?? 1,
    subscription: id,
    tax_rates: [],
  }));
  return {
    id,
    object: "subscription",
    application: PLATFORM_APPLICATION_ID,
    application_fee_percent: s.feePercent,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null },
    billing_cycle_anchor: s.start,
    billing_cycle_anchor_config: null,
    billing_mode: { flexible: null, type: "classic" },
    billing_schedules: [],
    billing_thresholds: null,
    cancel_at: null,
    cancel_at_period_end: false,
    canceled_at: null,
    cancellation_details: { comment: null, feedback: null, feedback_option: null, reason: null },
    collection_method: "charge_automatically",
    created: s.start,
    currency: s.recurring[0]!.currency,
    customer: s.customer,
    customer_account: null,
    days_until_due: null,
    default_payment_method: s.paymentMethod,
    default_source: null,
    default_tax_rates: [],
    description: s.description,
    discounts: [],
    ended_at: null,
    invoice_settings: { account_tax_ids: null, custom_fields: null, description: null, footer: null, issuer: { type: "self" } },
    items: { object: "list", data: items, has_more: false, url: `/v1/subscription_items?subscription=${id}` },
    latest_invoice: null,
    livemode: false,
    managed_payments: null,
    metadata: s.metadata,
    next_pending_invoice_item_invoice: null,
    on_behalf_of: null,
    pause_collection: null,
    payment_settings: { payment_method_options: null, payment_method_types: null, save_default_payment_method: "off" },
    pending_invoice_item_interval: null,
    pending_setup_intent: null,
    pending_update: null,
    schedule: null,
    start_date: s.start,
    status: "active",
    test_clock: null,
    transfer_data: null,
    trial_end: null,
    trial_settings: { end_behavior: { billing_cycle_anchor: "unchanged", missing_payment_method: "create_invoice" } },
    trial_start: null,
  };
}

/** Current period of a subscription (on its items since API 2025-03-31). */
export function currentPeriod(sub: Stripe.Subscription): { start: number; end: number } {
  const item = sub.items.data[0]!;
  return { start: item.current_period_start, end: item.current_period_end };
}

export function buildInvoice(
  emu: Emulator,
  rec: Pick<SubscriptionRecord, "sub" | "email" | "owner">,
  lines: Stripe.LineItem[],
  period: { start: number; end: number },
  reason: "subscription_create" | "subscription_cycle",
): Stripe.Invoice {
  const id = newId("in");
  const sub = rec.sub;
  const total = lines.reduce((s, l) => s + l.amount_total, 0);
  const acct = emu.state.accounts[rec.owner];
  const invoiceLines: Stripe.InvoiceLineItem[] = lines.map((li) => {
    const item = sub.items.data.find((i) => i.price.id === li.price?.id);
    return {
      id: newId("il"),
      object: "line_item",
      amount: li.amount_total,
      currency: li.currency,
      description: `${li.quantity ?? 1} × ${li.description}`,
      discount_amounts: [],
      discountable: true,
      discounts: [],
      invoice: id,
      livemode: false,
      metadata: {},
      parent: item
        ? {
            type: "subscription_item_details",
            invoice_item_details: null,
            subscription_item_details: { invoice_item: null, proration: false, proration_details: { credited_items: null }, subscription: sub.id, subscription_item: item.id },
          }
        : {
            type: "invoice_item_details",
            subscription_item_details: null,
            invoice_item_details: { invoice_item: newId("ii"), proration: false, proration_details: { credited_items: null }, subscription: sub.id },
          },
      period: item ? { start: period.start, end: period.end } : { start: period.start, end: period.start },
      pretax_credit_amounts: [],
      pricing: {
        type: "price_details",
        price_details: { price: li.price!.id, product: li.price!.product as string },
        unit_amount_decimal: null,
      },
      quantity: li.quantity,
      quantity_decimal: null,
      subscription: sub.id,
      subtotal: li.amount_subtotal,
      taxes: [],
    };
  });
  const customer = emu.state.customers[sub.customer as string]?.obj;
  return {
    id,
    object: "invoice",
    account_country: acct?.country ?? "FR",
    account_name: acct?.business_profile?.name ?? acct?.settings?.dashboard?.display_name ?? null,
    account_tax_ids: null,
    amount_due: total,
    amount_overpaid: 0,
    amount_paid: 0,
    amount_remaining: total,
    amount_shipping: 0,
    application: PLATFORM_APPLICATION_ID,
    attempt_count: 0,
    attempted: false,
    auto_advance: true,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null, provider: null, status: null },
    automatically_finalizes_at: null,
    billing_reason: reason,
    collection_method: "charge_automatically",
    created: emu.now(),
    currency: sub.currency,
    custom_fields: null,
    customer: sub.customer,
    customer_account: null,
    customer_address: null,
    customer_email: rec.email,
    customer_name: customer?.name ?? null,
    customer_phone: null,
    customer_shipping: null,
    customer_tax_exempt: "none",
    customer_tax_ids: [],
    default_payment_method: null,
    default_source: null,
    default_tax_rates: [],
    description: null,
    discounts: [],
    due_date: null,
    effective_at: emu.now(),
    ending_balance: 0,
    footer: null,
    from_invoice: null,
    hosted_invoice_url: `${emu.baseUrl}/invoices/${id}`,
    invoice_pdf: null,
    issuer: { type: "self" },
    last_finalization_error: null,
    latest_revision: null,
    lines: { object: "list", data: invoiceLines, has_more: false, url: `/v1/invoices/${id}/lines` },
    livemode: false,
    metadata: {},
    next_payment_attempt: null,
    number: `${customer?.invoice_prefix ?? "EMU"}-${String(customer?.next_invoice_sequence ?? 1).padStart(4, "0")}`,
    on_behalf_of: null,
    parent: {
      type: "subscription_details",
      quote_details: null,
      subscription_details: { metadata: { ...sub.metadata }, subscription: sub.id },
    },
    payment_settings: { default_mandate: null, payment_method_options: null, payment_method_types: null },
    payments: { object: "list", data: [], has_more: false, url: `/v1/invoice_payments?invoice=${id}` },
    period_end: period.end,
    period_start: period.start,
    post_payment_credit_notes_amount: 0,
    pre_payment_credit_notes_amount: 0,
    receipt_number: null,
    rendering: null,
    shipping_cost: null,
    shipping_details: null,
    starting_balance: 0,
    statement_descriptor: null,
    status: "open",
    status_transitions: { finalized_at: emu.now(), marked_uncollectible_at: null, paid_at: null, voided_at: null },
    subtotal: total,
    subtotal_excluding_tax: total,
    test_clock: null,
    total,
    total_discount_amounts: [],
    total_excluding_tax: total,
    total_pretax_credit_amounts: [],
    total_taxes: [],
    webhooks_delivered_at: emu.now(),
  };
}

/** The invoice's payment record (`Invoice.payments`), pointing at the PaymentIntent that paid or tried. */
export function invoicePayment(emu: Emulator, invoice: Stripe.Invoice, pi: Stripe.PaymentIntent, paid: boolean): Stripe.InvoicePayment {
  return {
    id: newId("inpay"),
    object: "invoice_payment",
    amount_paid: paid ? pi.amount : null,
    amount_requested: pi.amount,
    created: emu.now(),
    currency: pi.currency,
    invoice: invoice.id,
    is_default: true,
    livemode: false,
    payment: { type: "payment_intent", payment_intent: pi.id },
    status: paid ? "paid" : "open",
    status_transitions: { canceled_at: null, paid_at: paid ? emu.now() : null },
  };
}
