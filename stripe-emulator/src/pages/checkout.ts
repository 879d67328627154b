import type { IncomingMessage, ServerResponse } from "node:http";
import { completeFreeSession, declineCard, failAuthentication, payWithCard, payWithSepa, requireAction } from "../domain/payments";
import { cardBehaviour, cardBrand, DECLINE_MESSAGES, declineKey, luhn, validIban } from "../domain/test-cards";
import type { Emulator } from "../emulator";
import { notifyParentPage } from "../browser";
import { redirect, sendHtml } from "../http/respond";
import type { SessionRecord } from "../state";
import { applyShippingChoice } from "../domain/shipping";
import { openDispute } from "../domain/disputes";
import { SHIPPING_FIELDS } from "./checkout-shipping";
import { checkoutPath, renderChallenge, renderCheckout, renderClosed, type FormValues } from "./checkout-view";
import { pickLang, t, type Lang } from "./i18n";
import { messagePage } from "./layout";

function successTarget(rec: SessionRecord, lang: Lang): string {
  const s = rec.session;
  // Embedded Checkout: a page inside the iframe tells the stand-in to redirect the top page or call onComplete.
  if (s.ui_mode === "embedded_page") return `${checkoutPath(s.id)}/complete?lang=${lang}`;
  // Without a success_url Stripe shows its own confirmation; the emulator shows the "complete" page.
  return s.success_url ? s.success_url.replaceAll("{CHECKOUT_SESSION_ID}", s.id) : `${checkoutPath(s.id)}?lang=${lang}`;
}

function parseExpiry(raw: string): { month: number; year: number } | null {
  const m = raw.replace(/\s/g, "").match(/^(\d{1,2})\/?(\d{2}|\d{4})$/);
  if (!m) return null;
  const month = Number(m[1]);
  let year = Number(m[2]);
  if (year < 100) year += 2000;
  if (month < 1 || month > 12) return null;
  return { month, year };
}

export function handleCheckoutGet(emu: Emulator, req: IncomingMessage, res: ServerResponse, url: URL, id: string): void {
  const rec = emu.state.sessions[id];
  if (!rec) {
    const lang = pickLang(req, url);
    return sendHtml(res, 404, messagePage(lang, emu.opts.platformName, url.pathname, t(lang, "notFoundTitle"), t(lang, "notFoundText")));
  }
  emu.tick(); // a session past expires_at must show as expired right away
  const lang = pickLang(req, url, rec.session.locale);
  if (rec.session.status !== "open") return sendHtml(res, 200, renderClosed(emu, rec, lang));
  const errKey = url.searchParams.get("error");
  const error = errKey && DECLINE_MESSAGES[errKey] ? DECLINE_MESSAGES[errKey][lang] : null;
  sendHtml(res, 200, renderCheckout(emu, rec, lang, {}, error));
}

export function handleCheckoutPost(emu: Emulator, req: IncomingMessage, res: ServerResponse, url: URL, id: string, form: URLSearchParams): void {
  const rec = emu.state.sessions[id];
  if (!rec) return handleCheckoutGet(emu, req, res, url, id);
  emu.tick();
  const lang = pickLang(req, url, rec.session.locale, form.get("lang") ?? undefined);
  if (rec.session.status !== "open") return sendHtml(res, 200, renderClosed(emu, rec, lang));
  const v: FormValues = Object.fromEntries(
    ["email", "pm", "card_number", "card_expiry", "card_cvc", "sepa_name", "iban", ...SHIPPING_FIELDS].map((k) => [k, form.get(k) ?? ""]),
  );
  const fail = (key: Parameters<typeof t>[1] | null, text?: string) =>
    sendHtml(res, 200, renderCheckout(emu, rec, lang, v, text ?? (key ? t(lang, key) : "")));
  const email = (v.email ?? "").trim();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return fail("errEmail");
  if (!rec.session.payment_intent) {
    // The address and rate can change until a payment attempt created the PaymentIntent.
    const shipErr = applyShippingChoice(rec, {
      rateId: v.shipping_rate || null,
      name: v.ship_name ?? "",
      address: { line1: v.ship_line1 ?? "", line2: v.ship_line2 || null, postal_code: v.ship_postal_code ?? "", city: v.ship_city ?? "", country: v.ship_country ?? "", state: null },
    });
    if (shipErr) return fail(shipErr);
  }
  if ((rec.session.amount_total ?? 0) === 0) {
    completeFreeSession(emu, rec, email);
    return redirect(res, 303, successTarget(rec, lang));
  }
  const pm = v.pm || rec.session.payment_method_types[0] || "card";
  if (!rec.session.payment_method_types.includes(pm)) return fail("errMethod");

  if (pm === "sepa_debit") {
    if (!(v.sepa_name ?? "").trim()) return fail("errHolder");
    const iban = (v.iban ?? "").replace(/\s/g, "").toUpperCase();
    if (!validIban(iban)) return fail("errIban");
    payWithSepa(emu, rec, email, iban);
    return redirect(res, 303, successTarget(rec, lang));
  }

  const number = (v.card_number ?? "").replace(/[\s-]/g, "");
  if (!/^\d{12,19}$/.test(number) || !luhn(number)) return fail("errCardNumber");
  const exp = parseExpiry(v.card_expiry ?? "");
  if (!exp) return fail("errExpiry");
  const now = new Date(emu.clock.nowMs());
  if (exp.year < now.getUTCFullYear() || (exp.year === now.getUTCFullYear() && exp.month < now.getUTCMonth() + 1)) {
    return fail("errExpiryPast");
  }
  if (!/^\d{3,4}$/.test((v.card_cvc ?? "").trim())) return fail("errCvc");
  const card = { type: "card" as const, brand: cardBrand(number), last4: number.slice(-4), exp_month: exp.month, exp_year: exp.year, country: "US" };
  const behaviour = cardBehaviour(number);
  if (behaviour.kind === "decline") {
    declineCard(emu, rec, email, card, behaviour);
    const msg = DECLINE_MESSAGES[declineKey(behaviour)]?.[lang] ?? DECLINE_MESSAGES.generic_decline![lang];
    return fail(null, msg);
  }
  if (behaviour.kind === "challenge") {
    requireAction(emu, rec, email, card);
    return redirect(res, 303, `${checkoutPath(id)}/authenticate?lang=${lang}`);
  }
  payWithCard(emu, rec, email, card);
  const charge = latestCharge(emu, rec);
  if (behaviour.dispute && charge) openDispute(emu, charge, { reason: behaviour.dispute });
  redirect(res, 303, successTarget(rec, lang));
}

export function handleChallenge(emu: Emulator, req: IncomingMessage, res: ServerResponse, url: URL, id: string, form: URLSearchParams | null): void {
  const rec = emu.state.sessions[id];
  const lang = pickLang(req, url, rec?.session.locale, form?.get("lang") ?? undefined);
  if (!rec || rec.session.status !== "open" || !rec.challenge) return redirect(res, 303, `${checkoutPath(id)}?lang=${lang}`);
  if (!form) return sendHtml(res, 200, renderChallenge(emu, rec, lang));
  const c = rec.challenge;
  if (form.get("result") === "pass") {
    payWithCard(emu, rec, c.email, { type: "card", brand: c.brand, last4: c.last4, exp_month: c.exp_month, exp_year: c.exp_year, country: "US" });
    return redirect(res, 303, successTarget(rec, lang));
  }
  failAuthentication(emu, rec);
  redirect(res, 303, `${checkoutPath(id)}?lang=${lang}&error=authentication_failed`);
}

/** After an embedded session is paid: `return_url` for the top page, unless `redirect_on_completion` says otherwise. */
export function handleEmbeddedComplete(emu: Emulator, res: ServerResponse, id: string): void {
  const rec = emu.state.sessions[id];
  const s = rec?.session;
  if (!s || s.ui_mode !== "embedded_page" || s.status !== "complete") return sendHtml(res, 404, notifyParentPage({ type: "not-found" }));
  // Card and SEPA Debit never need a redirect, so `if_required` behaves like `never` here.
  const redirectTop = (s.redirect_on_completion ?? "always") === "always";
  const returnUrl = s.return_url?.replaceAll("{CHECKOUT_SESSION_ID}", s.id) ?? null;
  sendHtml(res, 200, notifyParentPage({ type: "checkout-complete", sessionId: s.id, redirect: redirectTop, returnUrl }));
}

function latestCharge(emu: Emulator, rec: SessionRecord): string | null {
  const piId = rec.session.payment_intent;
  const pi = typeof piId === "string" ? emu.state.paymentIntents[piId]?.obj : undefined;
  const c = pi?.latest_charge;
  return typeof c === "string" ? c : (c?.id ?? null);
}
