import type Stripe from "stripe";
import { merchantName } from "../domain/accounts";
import { formatAmount } from "../domain/money";
import type { Emulator } from "../emulator";
import { PLATFORM, type SessionRecord } from "../state";
import { esc, t, type Lang } from "./i18n";
import { alertBox, layout, messagePage } from "./layout";
import { renderShippingFields, renderShippingSummary, type ShippingValues } from "./checkout-shipping";

export interface FormValues extends ShippingValues {
  email?: string;
  pm?: string;
  card_number?: string;
  card_expiry?: string;
  card_cvc?: string;
  sepa_name?: string;
  iban?: string;
}

export function merchantOf(emu: Emulator, rec: SessionRecord): string {
  if (rec.owner === PLATFORM) return emu.opts.platformName;
  return merchantName(emu.state.accounts[rec.owner], rec.owner);
}

export function checkoutPath(id: string): string {
  return `/checkout/pay/${id}`;
}

/** A recurring price says how often it is billed (Checkout's mixed cart shows both kinds). */
function recurringNote(li: Stripe.LineItem, lang: Lang): string {
  const r = li.price?.recurring;
  if (!r) return "";
  const unit = t(lang, `unit_${r.interval}` as "unit_month");
  return `<br><span class="small" data-recurring="${esc(r.interval)}">${esc(t(lang, "recurringEvery", { n: r.interval_count, unit }))}</span>`;
}

function lineItem(rec: SessionRecord, li: Stripe.LineItem, lang: Lang): string {
  const price = li.price;
  const product = price && typeof price.product === "string" ? rec.products[price.product] : undefined;
  const unit = price?.unit_amount ?? 0;
  const qty = li.quantity ?? 1;
  return `<li><span class="thumb" aria-hidden="true">${esc((li.description ?? "?").slice(0, 1).toUpperCase())}</span>
<span class="grow"><strong>${esc(li.description)}</strong>${product?.description ? `<br><span class="muted small">${esc(product.description)}</span>` : ""}
${recurringNote(li, lang)}<br><span class="muted small">${t(lang, "qty", { n: qty })}${qty > 1 ? ` · ${t(lang, "each", { amount: formatAmount(unit, li.currency, lang) })}` : ""}</span></span>
<span class="price">${formatAmount(li.amount_total, li.currency, lang)}</span></li>`;
}

export function renderCheckout(emu: Emulator, rec: SessionRecord, lang: Lang, values: FormValues, error?: string | null): string {
  const s = rec.session;
  const merchant = merchantOf(emu, rec);
  const total = formatAmount(s.amount_total ?? 0, s.currency ?? "eur", lang);
  const free = (s.amount_total ?? 0) === 0;
  const types = s.payment_method_types;
  const pm = values.pm && types.includes(values.pm) ? values.pm : (types[0] ?? "card");
  const path = checkoutPath(s.id);
  const methodChooser =
    types.length > 1
      ? `<fieldset><legend>${t(lang, "paymentMethod")}</legend><div class="methods">
${types.includes("card") ? `<label for="pm-card"><input type="radio" id="pm-card" name="pm" value="card"${pm === "card" ? " checked" : ""}> ${t(lang, "card")}</label>` : ""}
${types.includes("sepa_debit") ? `<label for="pm-sepa"><input type="radio" id="pm-sepa" name="pm" value="sepa_debit"${pm === "sepa_debit" ? " checked" : ""}> ${t(lang, "sepa")}</label>` : ""}
</div></fieldset>`
      : `<input type="hidden" name="pm" value="${esc(pm)}">`;
  const cardFields = types.includes("card")
    ? `<fieldset class="pm-card"><legend>${t(lang, "cardInfo")}</legend>
<label for="card_number">${t(lang, "cardNumber")}</label>
<input type="text" id="card_number" name="card_number" inputmode="numeric" autocomplete="cc-number" placeholder="1234 1234 1234 1234" value="${esc(values.card_number)}">
<div class="row"><div><label for="card_expiry">${t(lang, "expiry")}</label>
<input type="text" id="card_expiry" name="card_expiry" inputmode="numeric" autocomplete="cc-exp" placeholder="${lang === "fr" ? "MM / AA" : "MM / YY"}" value="${esc(values.card_expiry)}"></div>
<div><label for="card_cvc">${t(lang, "cvc")}</label>
<input type="text" id="card_cvc" name="card_cvc" inputmode="numeric" autocomplete="cc-csc" placeholder="123" value="${esc(values.card_cvc)}"></div></div>
</fieldset>`
    : "";
  const sepaFields = types.includes("sepa_debit")
    ? `<fieldset class="pm-sepa"><legend>${t(lang, "sepa")}</legend>
<label for="sepa_name">${t(lang, "holder")}</label>
<input type="text" id="sepa_name" name="sepa_name" autocomplete="name" value="${esc(values.sepa_name)}">
<label for="iban">${t(lang, "iban")}</label>
<input type="text" id="iban" name="iban" autocomplete="off" placeholder="DE89 3704 0044 0532 0130 00" value="${esc(values.iban)}">
<p class="muted small">${esc(t(lang, "sepaMandate", { name: merchant }))}</p>
</fieldset>`
    : "";
  const body = `<div class="grid">
<section aria-labelledby="summary-title">
  <p class="muted" id="summary-title">${esc(t(lang, "payTo", { name: merchant }))}</p>
  <p class="amount">${esc(total)}</p>
  <h2>${t(lang, "orderSummary")}</h2>
  <ul class="items">${rec.lineItems.map((li) => lineItem(rec, li, lang)).join("")}</ul>
  ${renderShippingSummary(rec, lang)}
  <div class="totalrow"><span>${t(lang, "total")}</span><span>${esc(total)}</span></div>
</section>
<section class="card" aria-label="${t(lang, "paymentMethod")}">
  ${alertBox(error)}
  <form method="post" action="${path}" novalidate>
    <input type="hidden" name="lang" value="${lang}">
    <label for="email">${t(lang, "email")}</label>
    <input type="email" id="email" name="email" autocomplete="email" required value="${esc(values.email ?? s.customer_email ?? "")}">
    ${renderShippingFields(rec, lang, values)}
    ${free ? "" : methodChooser + cardFields + sepaFields}
    <button type="submit" class="primary">${esc(free ? t(lang, "confirmFree") : t(lang, "pay", { amount: total }))}</button>
  </form>
  ${s.cancel_url ? `<a class="cancel" href="${esc(s.cancel_url)}">← ${t(lang, "cancel")}</a>` : ""}
  <div class="notice"><strong>${t(lang, "testCards")}</strong><br>${esc(t(lang, "testCardsHelp"))}</div>
</section>
</div>`;
  // Embedded Checkout: the only script of the hosted pages, so the stand-in can size its iframe.
  const resize =
    s.ui_mode === "embedded_page"
      ? `<script>new ResizeObserver(function(){parent.postMessage({source:"stripe-emulator",type:"height",height:Math.ceil(document.documentElement.getBoundingClientRect().height)},"*")}).observe(document.documentElement)</script>`
      : "";
  return layout({ lang, brand: merchant, path, title: `${t(lang, "payTo", { name: merchant })} · ${total}`, body: body + resize });
}

/** What a closed session's page says (expired, or already paid). */
export function renderClosed(emu: Emulator, rec: SessionRecord, lang: Lang): string {
  const s = rec.session;
  const merchant = merchantOf(emu, rec);
  const path = checkoutPath(s.id);
  if (s.status === "expired") {
    return messagePage(lang, merchant, path, t(lang, "expiredTitle"), t(lang, "expiredText"),
      s.cancel_url ? { href: s.cancel_url, label: t(lang, "backToSite") } : undefined);
  }
  const text = s.payment_status === "unpaid" ? t(lang, "processingText") : t(lang, "completeText");
  const back = s.success_url?.replaceAll("{CHECKOUT_SESSION_ID}", s.id);
  return messagePage(lang, merchant, path, t(lang, "completeTitle"), text, back ? { href: back, label: t(lang, "backToSite") } : undefined);
}

export function renderChallenge(emu: Emulator, rec: SessionRecord, lang: Lang): string {
  const s = rec.session;
  const merchant = merchantOf(emu, rec);
  const path = `${checkoutPath(s.id)}/authenticate`;
  const body = `<section class="card"><h1>${t(lang, "threeDsTitle")}</h1>
<p class="muted">${esc(t(lang, "threeDsText", { name: merchant, amount: formatAmount(s.amount_total ?? 0, s.currency ?? "eur", lang), last4: rec.challenge?.last4 ?? "" }))}</p>
<form method="post" action="${path}" class="stack"><input type="hidden" name="lang" value="${lang}">
<button type="submit" name="result" value="pass" class="primary">${t(lang, "threeDsPass")}</button>
<button type="submit" name="result" value="fail" class="danger">${t(lang, "threeDsFail")}</button>
</form></section>`;
  return layout({ lang, brand: merchant, path, title: t(lang, "threeDsTitle"), body, narrow: true });
}
