import type Stripe from "stripe";
import type { Emulator } from "../emulator";
import { invalidRequest, missingParam, noSuch } from "../http/errors";
import type { P } from "../http/params";
import { newId, randomToken } from "../ids";
import { PLATFORM, type SessionRecord } from "../state";
import { MAX_CHARGE_MINOR } from "../../../lib/money/currencies";
import { assertChargesEnabled, checkApplicationFee } from "./charges";
import { formatAmount, minimumAmount, SUPPORTED_CURRENCIES, THREE_DECIMAL } from "./money";
import { parseShipping, shippingFields } from "./shipping";

const LOCALES = [
  "auto", "bg", "cs", "da", "de", "el", "en", "en-GB", "es", "es-419", "et", "fi", "fil", "fr", "fr-CA", "hi-IN", "hr",
  "hu", "id", "it", "ja", "ko", "lt", "lv", "ms", "mt", "nb", "nl", "pl", "pt", "pt-BR", "ro", "ru", "sk", "sl", "sv",
  "th", "tr", "vi", "zh", "zh-HK", "zh-TW",
];
const PAYMENT_METHOD_TYPES = ["card", "sepa_debit"];

/** Top-level parameters of Checkout Session create that the emulator understands or tolerates. */
const KNOWN_PARAMS = [
  "mode", "line_items", "success_url", "cancel_url", "return_url", "client_reference_id", "customer_email", "customer",
  "customer_creation", "expires_at", "locale", "metadata", "payment_intent_data", "payment_method_types", "expand",
  "ui_mode", "submit_type", "billing_address_collection", "allow_promotion_codes", "automatic_tax", "custom_text",
  "phone_number_collection", "shipping_address_collection", "consent_collection", "invoice_creation", "discounts",
  "payment_method_options", "tax_id_collection", "custom_fields", "currency", "after_expiration", "branding_settings",
  "name_collection", "payment_method_collection", "payment_method_configuration", "redirect_on_completion", "origin_context",
  "allowed_payment_method_types", "excluded_payment_method_types", "customer_account", "customer_update",
  "integration_identifier", "managed_payments", "optional_items", "permissions", "saved_payment_method_options",
  "shipping_options", "wallet_options", "payment_method_data", "setup_intent_data", "subscription_data", "adaptive_pricing",
];

/**
 * Payment methods offered. API 2026-10-28 replaced `payment_method_types` by the
 * `allowed_payment_method_types` / `excluded_payment_method_types` filters over the
 * dynamically eligible set; the emulator's eligible set is card (+ sepa_debit for EUR).
 * The legacy `payment_method_types` list is still accepted (older API versions).
 */
function paymentMethodTypes(p: P, currency: string): { types: string[]; allowed: string[] | null } {
  const legacy = p.strList("payment_method_types");
  if (legacy) {
    legacy.forEach((t, i) => {
      if (!PAYMENT_METHOD_TYPES.includes(t))
        throw invalidRequest(`Invalid payment_method_types[${i}]: must be one of ${PAYMENT_METHOD_TYPES.join(", ")} (emulator)`, `payment_method_types[${i}]`);
      if (t === "sepa_debit" && currency !== "eur")
        throw invalidRequest(`The payment method type \`sepa_debit\` is not supported for currency \`${currency}\`; it requires \`eur\`.`, "payment_method_types");
    });
    return { types: legacy, allowed: null };
  }
  const eligible = currency === "eur" ? ["card", "sepa_debit"] : ["card"];
  const allowed = p.strList("allowed_payment_method_types") ?? null;
  const excluded = p.strList("excluded_payment_method_types") ?? [];
  if (allowed && p.has("excluded_payment_method_types"))
    throw invalidRequest("You cannot specify both `allowed_payment_method_types` and `excluded_payment_method_types`.", "excluded_payment_method_types");
  const types = eligible.filter((t) => (!allowed || allowed.includes(t)) && !excluded.includes(t));
  if (types.length === 0) {
    throw invalidRequest(
      `None of the requested payment method types is available for ${currency} in the emulator (it supports ${eligible.join(", ")}).`,
      allowed ? "allowed_payment_method_types" : "excluded_payment_method_types",
    );
  }
  return { types, allowed };
}

interface UiSettings {
  mode: "hosted_page" | "embedded_page";
  successUrl: string | null;
  cancelUrl: string | null;
  returnUrl: string | null;
  redirectOnCompletion: "always" | "if_required" | "never";
}

/**
 * `ui_mode` as API 2026-10-28 names it (`hosted_page` / `embedded_page`; the older `hosted` /
 * `embedded` / `custom` were removed in 2026-03-25.dahlia and fail). Embedded sessions take
 * `return_url` (+ `redirect_on_completion`) instead of `success_url` / `cancel_url`.
 */
function uiMode(p: P): UiSettings {
  const mode = (p.str("ui_mode", { oneOf: ["hosted_page", "embedded_page", "elements", "form"] }) ?? "hosted_page") as UiSettings["mode"] | "elements" | "form";
  if (mode === "elements" || mode === "form") throw invalidRequest(`The emulator does not support ui_mode=${mode} (only hosted_page and embedded_page).`, "ui_mode");
  const redirect = p.str("redirect_on_completion", { oneOf: ["always", "if_required", "never"] }) as UiSettings["redirectOnCompletion"] | undefined;
  if (mode === "hosted_page") {
    for (const param of ["return_url", "redirect_on_completion"]) {
      if (p.has(param)) throw invalidRequest(`\`${param}\` can only be used when \`ui_mode\` is \`embedded_page\` or \`elements\`.`, param);
    }
    return { mode, successUrl: p.url("success_url") ?? null, cancelUrl: p.url("cancel_url") ?? null, returnUrl: null, redirectOnCompletion: "always" };
  }
  for (const param of ["success_url", "cancel_url"]) {
    if (p.has(param)) throw invalidRequest(`\`${param}\` cannot be used when \`ui_mode\` is \`embedded_page\`. Use \`return_url\` instead.`, param);
  }
  const redirectOnCompletion = redirect ?? "always";
  const returnUrl = p.url("return_url") ?? null;
  if (redirectOnCompletion === "never" && returnUrl) {
    throw invalidRequest("`return_url` cannot be used when `redirect_on_completion` is `never`.", "return_url");
  }
  if (redirectOnCompletion !== "never" && !returnUrl) {
    throw invalidRequest(`\`return_url\` is required when \`ui_mode\` is \`embedded_page\` and \`redirect_on_completion\` is \`${redirectOnCompletion}\`.`, "return_url", "parameter_missing");
  }
  return { mode, successUrl: null, cancelUrl: null, returnUrl, redirectOnCompletion };
}

/** `price_data[recurring]`: an inline recurring price (`interval` day/week/month/year, `interval_count`). */
function parseRecurring(pd: P): Stripe.Price.Recurring | null {
  const r = pd.obj("recurring");
  if (!r) return null;
  r.allowOnly(["interval", "interval_count"]);
  const interval = r.str("interval", { required: true, oneOf: ["day", "week", "month", "year"] }) as Stripe.Price.Recurring.Interval;
  const count = r.int("interval_count", { min: 1 }) ?? 1;
  // Stripe's limit: at most one year between two payments.
  const max = ({ day: 365, week: 52, month: 12, year: 1 } as Record<string, number>)[interval] ?? 1;
  if (count > max) throw invalidRequest(`The interval_count for a ${interval} interval must be at most ${max} (one year).`, r.name("interval_count"));
  return { interval, interval_count: count, meter: null, trial_period_days: null, usage_type: "licensed" };
}

/** `subscription_data`: the subset the emulator understands; the fee percent needs `Stripe-Account`. */
function subscriptionData(p: P, owner: string): NonNullable<SessionRecord["subscriptionData"]> {
  const sd = p.obj("subscription_data");
  sd?.allowOnly(["application_fee_percent", "metadata", "description"]);
  const raw = sd?.str("application_fee_percent");
  let percent: number | null = null;
  if (raw !== undefined) {
    percent = Number(raw);
    if (!Number.isFinite(percent) || percent < 0 || percent > 100 || !/^\d+(\.\d{1,2})?$/.test(raw))
      throw invalidRequest("Invalid decimal: application_fee_percent must be between 0 and 100 with at most two decimals.", "subscription_data[application_fee_percent]");
    if (owner === PLATFORM)
      throw invalidRequest("application_fee_percent can only be set on subscriptions created on a connected account (Stripe-Account header).", "subscription_data[application_fee_percent]");
  }
  const meta = sd?.metadata() ?? {};
  return {
    application_fee_percent: percent,
    metadata: Object.fromEntries(Object.entries(meta).filter((e): e is [string, string] => e[1] !== null)),
    description: sd?.str("description") ?? null,
  };
}

interface ParsedLine {
  item: Stripe.LineItem;
  productId: string;
  product: { name: string; description: string | null; images: string[] };
}

function parseLineItem(emu: Emulator, li: P, index: number): ParsedLine {
  li.allowOnly(["price", "price_data", "quantity", "adjustable_quantity", "dynamic_tax_rates", "tax_rates", "metadata"]);
  if (li.has("price")) throw noSuch("price", li.str("price") ?? "", li.name("price"));
  const pd = li.obj("price_data");
  if (!pd) throw invalidRequest(`You must specify either \`price\` or \`price_data\` in line_items[${index}].`, li.name("price_data"));
  pd.allowOnly(["currency", "product", "product_data", "unit_amount", "unit_amount_decimal", "tax_behavior", "recurring"]);
  const currency = pd.str("currency", { required: true })!.toLowerCase();
  if (!SUPPORTED_CURRENCIES.has(currency)) {
    throw invalidRequest(`Invalid currency: ${currency}. Stripe currently supports these currencies: ${[...SUPPORTED_CURRENCIES].join(", ")}`, pd.name("currency"));
  }
  if (!pd.has("unit_amount") && !pd.has("unit_amount_decimal")) throw missingParam(pd.name("unit_amount"));
  const unit = pd.int("unit_amount", { min: 0, max: 99_999_999 }) ?? Math.round(Number(pd.str("unit_amount_decimal")));
  if (!Number.isFinite(unit) || unit < 0) throw invalidRequest("Invalid non-negative integer", pd.name("unit_amount"));
  if (pd.has("product")) throw noSuch("product", pd.str("product") ?? "", pd.name("product"));
  const prod = pd.obj("product_data", true)!;
  prod.allowOnly(["name", "description", "images", "metadata", "tax_code", "unit_label", "tax_details"]);
  const name = prod.str("name", { required: true, max: 250 })!;
  const images = prod.strList("images") ?? [];
  if (images.length > 8) throw invalidRequest("You can provide at most 8 images.", prod.name("images"));
  const quantity = li.int("quantity", { required: true, min: 1, max: 999_999 })!;
  if (quantity < 1) throw invalidRequest("This value must be greater than or equal to 1.", li.name("quantity"));
  const productId = newId("prod");
  const now = emu.now();
  const recurring = parseRecurring(pd);
  const price: Stripe.Price = {
    id: newId("price"),
    object: "price",
    active: false,
    billing_scheme: "per_unit",
    created: now,
    currency,
    custom_unit_amount: null,
    livemode: false,
    lookup_key: null,
    metadata: {},
    nickname: null,
    product: productId,
    recurring,
    tax_behavior: (pd.str("tax_behavior") as Stripe.Price.TaxBehavior | undefined) ?? "unspecified",
    tiers_mode: null,
    transform_quantity: null,
    type: recurring ? "recurring" : "one_time",
    unit_amount: unit,
    unit_amount_decimal: null,
  };
  const item: Stripe.LineItem = {
    id: newId("li"),
    object: "item",
    adjustable_quantity: null,
    amount_discount: 0,
    amount_subtotal: unit * quantity,
    amount_tax: 0,
    amount_total: unit * quantity,
    currency,
    description: name,
    metadata: {},
    price,
    quantity,
  };
  return { item, productId, product: { name, description: prod.str("description") ?? null, images } };
}

/** Validate `POST /v1/checkout/sessions` the way Stripe does and build the stored record. */
export function createSessionRecord(emu: Emulator, p: P, owner: string): SessionRecord {
  p.allowOnly(KNOWN_PARAMS);
  const mode = p.str("mode", { required: true, oneOf: ["payment", "setup", "subscription"] })!;
  if (mode === "setup") throw invalidRequest("The emulator supports mode=payment and mode=subscription only (got setup).", "mode");
  const subscription = mode === "subscription";
  const lines = p.list("line_items");
  if (lines.length === 0) throw invalidRequest(`line_items is required when mode is \`${mode}\`.`, "line_items", "parameter_missing");
  if (lines.length > 100) throw invalidRequest("You can provide at most 100 line items.", "line_items");
  const parsed = lines.map((li, i) => parseLineItem(emu, li, i));
  checkRecurringLines(parsed.map((l) => l.item), subscription);
  if (subscription && p.has("payment_intent_data"))
    throw invalidRequest("You can not pass `payment_intent_data` in `subscription` mode.", "payment_intent_data");
  if (!subscription && p.has("subscription_data"))
    throw invalidRequest("You can only pass `subscription_data` in `subscription` mode.", "subscription_data");
  const currency = parsed[0]!.item.currency;
  parsed.forEach((l, i) => {
    if (l.item.currency !== currency)
      throw invalidRequest("All line items must use the same currency.", `line_items[${i}][price_data][currency]`);
  });
  const total = parsed.reduce((s, l) => s + l.item.amount_total, 0);
  const min = minimumAmount(currency);
  if (total > 0 && total < min) {
    throw invalidRequest(
      `The Checkout Session's total amount due must add up to at least ${formatAmount(min, currency, "en")} ${currency}`,
      "line_items",
      "amount_too_small",
    );
  }
  if (total > MAX_CHARGE_MINOR) throw invalidRequest("Amount must be no more than 999,999.99", "line_items", "amount_too_large");
  if (THREE_DECIMAL.has(currency) && total % 10 !== 0) {
    throw invalidRequest(`Amounts in ${currency} must be a multiple of 10 (the last of its three decimals is always 0).`, "line_items", "invalid_amount");
  }

  const now = emu.now();
  const expiresAt = p.int("expires_at") ?? now + 24 * 3600;
  if (expiresAt < now + 30 * 60 - 1)
    throw invalidRequest("The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.", "expires_at");
  if (expiresAt > now + 24 * 3600)
    throw invalidRequest("The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.", "expires_at");

  const { types: pmTypes, allowed: allowedTypes } = subscription ? { types: ["card"], allowed: null } : paymentMethodTypes(p, currency);
  const shipping = parseShipping(emu, p, currency, subscription);
  const ui = uiMode(p);

  const pid = p.obj("payment_intent_data");
  pid?.allowOnly([
    "application_fee_amount", "metadata", "description", "statement_descriptor", "statement_descriptor_suffix",
    "receipt_email", "capture_method", "on_behalf_of", "setup_future_usage", "shipping", "transfer_data", "transfer_group",
  ]);
  const fee = pid?.int("application_fee_amount", { min: 0 });
  checkApplicationFee(owner, fee, total, "payment_intent_data[application_fee_amount]", "Checkout Session");
  assertChargesEnabled(emu, owner);
  const locale = p.str("locale");
  if (locale && !LOCALES.includes(locale)) throw invalidRequest(`Invalid locale: must be one of ${LOCALES.join(", ")}`, "locale");
  const metadata = p.metadata() ?? {};
  const customerEmail = p.email("customer_email") ?? null;
  const id = newId("cs");
  const session: Stripe.Checkout.Session = {
    id,
    object: "checkout.session",
    adaptive_pricing: null,
    after_expiration: null,
    allow_promotion_codes: null,
    allowed_payment_method_types: allowedTypes,
    amount_subtotal: total,
    automatic_tax: { enabled: false, liability: null, provider: null, status: null },
    billing_address_collection: null,
    cancel_url: ui.cancelUrl,
    client_reference_id: p.str("client_reference_id", { max: 200 }) ?? null,
    client_secret: ui.mode === "embedded_page" ? clientSecret(id) : null,
    collected_information: null,
    consent: null,
    consent_collection: null,
    created: now,
    currency,
    currency_conversion: null,
    custom_fields: [],
    custom_text: { after_submit: null, shipping_address: null, submit: null, terms_of_service_acceptance: null },
    customer: null,
    customer_account: null,
    customer_creation: "if_required",
    customer_details: null,
    customer_email: customerEmail,
    discounts: [],
    expires_at: expiresAt,
    integration_identifier: null,
    invoice: null,
    invoice_creation: null,
    livemode: false,
    locale: (locale as Stripe.Checkout.Session.Locale | undefined) ?? null,
    managed_payments: null,
    metadata: Object.fromEntries(Object.entries(metadata).filter((e): e is [string, string] => e[1] !== null)),
    mode: subscription ? "subscription" : "payment",
    origin_context: null,
    payment_intent: null,
    payment_link: null,
    payment_method_collection: "if_required",
    payment_method_configuration_details: null,
    payment_method_options: {},
    payment_method_types: pmTypes,
    payment_status: total === 0 ? "no_payment_required" : "unpaid",
    permissions: null,
    phone_number_collection: { enabled: false },
    recovered_from: null,
    saved_payment_method_options: null,
    setup_intent: null,
    status: "open",
    submit_type: null,
    subscription: null,
    success_url: ui.successUrl,
    ui_mode: ui.mode,
    url: ui.mode === "hosted_page" ? `${emu.baseUrl}/checkout/pay/${id}` : null,
    ...(ui.mode === "embedded_page" ? { redirect_on_completion: ui.redirectOnCompletion, ...(ui.returnUrl ? { return_url: ui.returnUrl } : {}) } : {}),
    wallet_options: null,
    ...shippingFields(shipping, total),
  };
  const piMeta = pid?.metadata() ?? {};
  return {
    owner,
    session,
    lineItems: parsed.map((l) => l.item),
    products: Object.fromEntries(parsed.map((l) => [l.productId, l.product])),
    piData: {
      application_fee_amount: fee ?? null,
      metadata: Object.fromEntries(Object.entries(piMeta).filter((e): e is [string, string] => e[1] !== null)),
      description: pid?.str("description") ?? null,
      statement_descriptor: pid?.str("statement_descriptor", { max: 22 }) ?? null,
      receipt_email: pid?.email("receipt_email") ?? null,
    },
    challenge: null,
    pendingAsync: null,
    shippingRates: shipping.rates,
    ...(subscription ? { subscriptionData: subscriptionData(p, owner) } : {}),
  };
}

/**
 * Recurring prices only in `mode=subscription` (which needs at least one, and one billing period for
 * all of them); one-time prices ride along on the first invoice (the mixed cart of Checkout's docs).
 */
function checkRecurringLines(items: Stripe.LineItem[], subscription: boolean): void {
  const recurring = items.map((li, i) => ({ r: li.price?.recurring, i })).filter((x) => x.r);
  if (!subscription) {
    if (recurring[0]) throw invalidRequest("You must use `mode=subscription` for a Checkout Session with a recurring price.", `line_items[${recurring[0].i}][price_data][recurring]`);
    return;
  }
  if (!recurring[0]) throw invalidRequest("You must provide at least one recurring price in `subscription` mode when using prices.", "line_items");
  const first = recurring[0].r!;
  for (const { r, i } of recurring) {
    if (r!.interval !== first.interval || r!.interval_count !== first.interval_count)
      throw invalidRequest("All recurring prices of a subscription must share one billing period (interval and interval_count).", `line_items[${i}][price_data][recurring]`);
  }
}

export function clientSecret(id: string): string {
  return `${id}_secret_${randomToken(24)}`;
}
