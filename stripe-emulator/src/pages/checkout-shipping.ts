import type Stripe from "stripe";
import { formatAmount } from "../domain/money";
import type { SessionRecord } from "../state";
import { esc, t, type Lang } from "./i18n";

/** Fields of the hosted page's shipping part (kept on re-render after an error). */
export const SHIPPING_FIELDS = ["ship_name", "ship_line1", "ship_line2", "ship_postal_code", "ship_city", "ship_country", "shipping_rate"] as const;
export type ShippingValues = Partial<Record<(typeof SHIPPING_FIELDS)[number], string>>;

function countryName(code: string, lang: Lang): string {
  try {
    return new Intl.DisplayNames([lang], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

function estimate(rate: Stripe.ShippingRate, lang: Lang): string {
  const e = rate.delivery_estimate;
  if (!e?.minimum || !e.maximum) return "";
  return ` · ${t(lang, "deliveryEstimate", { min: e.minimum.value, max: e.maximum.value })}`;
}

/** Address (when `shipping_address_collection` is set) and rate choice (when there are `shipping_options`). */
export function renderShippingFields(rec: SessionRecord, lang: Lang, v: ShippingValues): string {
  const s = rec.session;
  const allowed = (s.shipping_address_collection?.allowed_countries ?? []) as string[];
  const rates = rec.shippingRates ?? [];
  const parts: string[] = [];
  if (allowed.length > 0) {
    const country = v.ship_country || allowed[0];
    const options = allowed
      .map((c) => ({ c, name: countryName(c, lang) }))
      .sort((a, b) => a.name.localeCompare(b.name, lang))
      .map(({ c, name }) => `<option value="${esc(c)}"${c === country ? " selected" : ""}>${esc(name)}</option>`)
      .join("");
    const input = (id: string, label: Parameters<typeof t>[1], auto: string, value?: string) =>
      `<label for="${id}">${t(lang, label)}</label><input type="text" id="${id}" name="${id}" autocomplete="${auto}" value="${esc(value)}">`;
    parts.push(`<fieldset class="shipping"><legend>${t(lang, "shippingAddress")}</legend>
${input("ship_name", "fullName", "shipping name", v.ship_name)}
${input("ship_line1", "addressLine1", "shipping address-line1", v.ship_line1)}
${input("ship_line2", "addressLine2", "shipping address-line2", v.ship_line2)}
<div class="row"><div>${input("ship_postal_code", "postalCode", "shipping postal-code", v.ship_postal_code)}</div>
<div>${input("ship_city", "city", "shipping address-level2", v.ship_city)}</div></div>
<label for="ship_country">${t(lang, "country")}</label><select id="ship_country" name="ship_country" autocomplete="shipping country">${options}</select>
</fieldset>`);
  }
  if (rates.length > 0) {
    const chosen = v.shipping_rate || (typeof s.shipping_cost?.shipping_rate === "string" ? s.shipping_cost.shipping_rate : rates[0]!.id);
    const items = rates
      .map((r) => {
        const amount = r.fixed_amount?.amount ?? 0;
        const price = amount === 0 ? t(lang, "free") : formatAmount(amount, r.fixed_amount?.currency ?? s.currency ?? "eur", lang);
        return `<label for="rate-${esc(r.id)}"><input type="radio" id="rate-${esc(r.id)}" name="shipping_rate" value="${esc(r.id)}"${r.id === chosen ? " checked" : ""}> ${esc(r.display_name)} — ${esc(price)}${esc(estimate(r, lang))}</label>`;
      })
      .join("");
    parts.push(`<fieldset class="shipping-rates"><legend>${t(lang, "shippingMethod")}</legend><div class="methods">${items}</div></fieldset>`);
  }
  return parts.join("\n");
}

/** Subtotal and shipping lines of the summary, when the session ships. */
export function renderShippingSummary(rec: SessionRecord, lang: Lang): string {
  const s = rec.session;
  if (!s.shipping_cost) return "";
  const cur = s.currency ?? "eur";
  const ship = s.shipping_cost.amount_total;
  return `<div class="totalrow"><span>${t(lang, "subtotal")}</span><span>${esc(formatAmount(s.amount_subtotal ?? 0, cur, lang))}</span></div>
<div class="totalrow"><span>${t(lang, "shipping")}</span><span>${esc(ship === 0 ? t(lang, "free") : formatAmount(ship, cur, lang))}</span></div>`;
}
