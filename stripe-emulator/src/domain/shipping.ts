import type Stripe from "stripe";
import type { Emulator } from "../emulator";
import { invalidRequest } from "../http/errors";
import type { P } from "../http/params";
import { newId } from "../ids";
import type { SessionRecord } from "../state";

/**
 * Checkout's shipping: `shipping_address_collection.allowed_countries` and `shipping_options[]`
 * with inline `shipping_rate_data` (fixed_amount). In API 2026-10-28 the collected address lives in
 * `collected_information.shipping_details` (there is no top-level `shipping_details` any more) and
 * the chosen rate in `shipping_cost`; the first option is the default, as on Stripe.
 */

export interface ShippingSetup {
  allowedCountries: string[] | null;
  rates: Stripe.ShippingRate[];
}

const UNITS = ["business_day", "day", "hour", "month", "week"];

function estimatePart(p: P | undefined): { unit: string; value: number } | null {
  if (!p) return null;
  p.allowOnly(["unit", "value"]);
  const unit = p.str("unit", { required: true, oneOf: UNITS })!;
  const value = p.int("value", { required: true, min: 1 })!;
  return { unit, value };
}

function parseRate(emu: Emulator, o: P, index: number, currency: string): Stripe.ShippingRate {
  o.allowOnly(["shipping_rate", "shipping_rate_data"]);
  if (o.has("shipping_rate")) throw invalidRequest(`No such shipping rate: '${o.str("shipping_rate")}' (the emulator only takes shipping_rate_data)`, o.name("shipping_rate"), "resource_missing");
  const d = o.obj("shipping_rate_data", true)!;
  d.allowOnly(["display_name", "fixed_amount", "delivery_estimate", "metadata", "tax_behavior", "tax_code", "type"]);
  const displayName = d.str("display_name", { required: true, max: 100 })!;
  d.str("type", { oneOf: ["fixed_amount"] });
  const fa = d.obj("fixed_amount", true)!;
  fa.allowOnly(["amount", "currency", "currency_options"]);
  const amount = fa.int("amount", { required: true, min: 0, max: 99_999_999 })!;
  const rateCurrency = fa.str("currency", { required: true })!.toLowerCase();
  if (rateCurrency !== currency) {
    throw invalidRequest(`shipping_options[${index}] uses ${rateCurrency} but the session's line items use ${currency}.`, fa.name("currency"));
  }
  const est = d.obj("delivery_estimate");
  est?.allowOnly(["minimum", "maximum"]);
  const metadata = d.metadata() ?? {};
  return {
    id: newId("shr"),
    object: "shipping_rate",
    active: true,
    created: emu.now(),
    delivery_estimate: est ? { minimum: estimatePart(est.obj("minimum")), maximum: estimatePart(est.obj("maximum")) } : null,
    display_name: displayName,
    fixed_amount: { amount, currency },
    livemode: false,
    metadata: Object.fromEntries(Object.entries(metadata).filter((e): e is [string, string] => e[1] !== null)),
    tax_behavior: (d.str("tax_behavior") as Stripe.ShippingRate.TaxBehavior | undefined) ?? "unspecified",
    tax_code: null,
    type: "fixed_amount",
  };
}

/** Validate the shipping parameters of `POST /v1/checkout/sessions`. */
export function parseShipping(emu: Emulator, p: P, currency: string, subscription = false): ShippingSetup {
  let allowedCountries: string[] | null = null;
  const sac = p.obj("shipping_address_collection");
  if (sac) {
    sac.allowOnly(["allowed_countries"]);
    allowedCountries = sac.strList("allowed_countries") ?? [];
    if (allowedCountries.length === 0) throw invalidRequest("Missing required param: shipping_address_collection[allowed_countries].", "shipping_address_collection[allowed_countries]", "parameter_missing");
    allowedCountries.forEach((c, i) => {
      if (!/^[A-Z]{2}$/.test(c)) throw invalidRequest(`Invalid shipping_address_collection[allowed_countries][${i}]: must be a two-letter ISO country code`, `shipping_address_collection[allowed_countries][${i}]`);
    });
  }
  const options = p.list("shipping_options");
  // Stripe's shipping rates are for one-time payments: a subscription-mode session refuses them.
  if (subscription && options.length > 0) throw invalidRequest("`shipping_options` cannot be used in `subscription` mode.", "shipping_options");
  if (options.length > 5) throw invalidRequest("You can provide at most 5 shipping options.", "shipping_options");
  const rates = options.map((o, i) => parseRate(emu, o, i, currency));
  return { allowedCountries, rates };
}

/** The session fields that follow the shipping setup; the first rate is preselected. */
export function shippingFields(setup: ShippingSetup, subtotal: number): Pick<
  Stripe.Checkout.Session,
  "shipping_address_collection" | "shipping_options" | "shipping_cost" | "amount_total" | "total_details"
> {
  const first = setup.rates[0];
  const shipping = first?.fixed_amount?.amount ?? 0;
  return {
    shipping_address_collection: setup.allowedCountries ? { allowed_countries: setup.allowedCountries as Stripe.Checkout.Session.ShippingAddressCollection.AllowedCountry[] } : null,
    shipping_options: setup.rates.map((r) => ({ shipping_amount: r.fixed_amount?.amount ?? 0, shipping_rate: r.id })),
    shipping_cost: first ? costOf(first) : null,
    amount_total: subtotal + shipping,
    total_details: { amount_discount: 0, amount_shipping: shipping, amount_tax: 0 },
  };
}

function costOf(rate: Stripe.ShippingRate): Stripe.Checkout.Session.ShippingCost {
  const amount = rate.fixed_amount?.amount ?? 0;
  return { amount_subtotal: amount, amount_tax: 0, amount_total: amount, shipping_rate: rate.id };
}

export interface ShippingChoice {
  rateId: string | null;
  name: string;
  address: Stripe.Address;
}

/** What the hosted page collected; returns an error key, or null when the choice was applied. */
export function applyShippingChoice(rec: SessionRecord, choice: ShippingChoice): "errShippingAddress" | "errShippingCountry" | "errShippingRate" | null {
  const s = rec.session;
  const allowed = s.shipping_address_collection?.allowed_countries;
  if (allowed) {
    const a = choice.address;
    if (!choice.name.trim() || !a.line1?.trim() || !a.city?.trim() || !a.postal_code?.trim()) return "errShippingAddress";
    if (!a.country || !(allowed as string[]).includes(a.country)) return "errShippingCountry";
  }
  const rates = rec.shippingRates ?? [];
  if (rates.length > 0) {
    const rate = rates.find((r) => r.id === choice.rateId) ?? (rates.length === 1 ? rates[0] : undefined);
    if (!rate) return "errShippingRate";
    const subtotal = s.amount_subtotal ?? 0;
    s.shipping_cost = costOf(rate);
    s.total_details = { amount_discount: 0, amount_shipping: s.shipping_cost.amount_total, amount_tax: 0 };
    s.amount_total = subtotal + s.shipping_cost.amount_total;
  }
  if (allowed) {
    s.collected_information = { business_name: null, individual_name: null, shipping_details: { name: choice.name.trim(), address: choice.address } };
  }
  return null;
}

/** `expand[]=shipping_cost.shipping_rate` / `shipping_options.shipping_rate`. */
export function rateById(rec: SessionRecord, id: string): Stripe.ShippingRate | undefined {
  return rec.shippingRates?.find((r) => r.id === id);
}

/** `shipping` of `POST /v1/payment_intents`: the delivery name and address, kept on the PaymentIntent as sent. */
export function parseIntentShipping(s: P | undefined): Stripe.PaymentIntent.Shipping | null {
  if (!s) return null;
  s.allowOnly(["name", "address", "carrier", "phone", "tracking_number"]);
  const name = s.str("name", { required: true, max: 5000 })!;
  const a = s.obj("address", true)!;
  a.allowOnly(["line1", "line2", "city", "postal_code", "state", "country"]);
  const line1 = a.str("line1", { required: true, max: 5000 })!;
  const country = a.str("country", { max: 2 }) ?? null;
  if (country !== null && !/^[A-Z]{2}$/.test(country)) throw invalidRequest("Invalid shipping[address][country]: must be a two-letter ISO country code", "shipping[address][country]");
  return {
    name,
    address: { line1, line2: a.str("line2") ?? null, city: a.str("city") ?? null, postal_code: a.str("postal_code") ?? null, state: a.str("state") ?? null, country },
    carrier: s.str("carrier") ?? null,
    phone: s.str("phone") ?? null,
    tracking_number: s.str("tracking_number") ?? null,
  };
}
