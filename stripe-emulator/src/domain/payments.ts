import type Stripe from "stripe";
import type { Emulator } from "../emulator";
import type { SessionRecord } from "../state";
import { actionRequired, authenticationFailed, chargeDeclined, chargeProcessing, chargeSucceeded, settleProcessing, type Decline } from "./charges";
import { buildPaymentIntent, type PaymentMethodInfo } from "./ledger";
import { startSubscription } from "./subscriptions";
import { SEPA_FAILURE_IBAN, sepaInfo } from "./test-cards";

/**
 * Payment flows behind the hosted Checkout page and the control API. Each
 * flow mutates the session, PaymentIntent and Charge on the session's owner
 * (the connected account for direct charges) and emits the events Stripe sends.
 */

function paymentIntentOf(emu: Emulator, rec: SessionRecord): Stripe.PaymentIntent {
  const existing = typeof rec.session.payment_intent === "string" ? emu.state.paymentIntents[rec.session.payment_intent] : undefined;
  if (existing) return existing.obj;
  const s = rec.session;
  const pi = buildPaymentIntent(emu, {
    owner: rec.owner,
    amount: s.amount_total ?? 0,
    currency: s.currency ?? "eur",
    piData: rec.piData,
    paymentMethodTypes: s.payment_method_types,
  });
  emu.state.paymentIntents[pi.id] = { owner: rec.owner, obj: pi };
  rec.session.payment_intent = pi.id;
  emu.emit("payment_intent.created", pi, { owner: rec.owner });
  return pi;
}

function customerDetails(email: string): Stripe.Checkout.Session.CustomerDetails {
  return {
    address: null,
    business_name: null,
    email,
    individual_name: null,
    name: null,
    phone: null,
    tax_exempt: "none",
    tax_ids: [],
  };
}

function completeSession(rec: SessionRecord, email: string, paymentStatus: Stripe.Checkout.Session.PaymentStatus): void {
  rec.session.status = "complete";
  rec.session.payment_status = paymentStatus;
  rec.session.customer_details = customerDetails(email);
  rec.session.url = null;
  rec.challenge = null;
}

/** Card accepted (4242, or 3155 after a passed challenge). */
export function payWithCard(
  emu: Emulator,
  rec: SessionRecord,
  email: string,
  pm: Extract<PaymentMethodInfo, { type: "card" }>,
  failsRenewal = false,
): void {
  if (rec.session.mode === "subscription") return startSubscription(emu, rec, email, pm, failsRenewal);
  const pi = paymentIntentOf(emu, rec);
  pi.payment_method_types = ["card"];
  completeSession(rec, email, "paid");
  chargeSucceeded(emu, rec.owner, pi, pm, email);
  emu.emit("checkout.session.completed", rec.session, { owner: rec.owner });
}

/** Card declined: the session stays open, the PaymentIntent records the error. */
export function declineCard(
  emu: Emulator,
  rec: SessionRecord,
  email: string,
  pm: Extract<PaymentMethodInfo, { type: "card" }>,
  failure: Decline,
): string {
  return chargeDeclined(emu, rec.owner, paymentIntentOf(emu, rec), pm, email, failure).message;
}

/** 3-D Secure required: park the card until the challenge page answers. */
export function requireAction(emu: Emulator, rec: SessionRecord, email: string, pm: Extract<PaymentMethodInfo, { type: "card" }>): void {
  const pi = paymentIntentOf(emu, rec);
  rec.challenge = { email, last4: pm.last4, brand: pm.brand, exp_month: pm.exp_month, exp_year: pm.exp_year };
  // Checkout handles the challenge on its own page: the PaymentIntent shows no next_action to the merchant.
  actionRequired(emu, rec.owner, pi, null);
}

export function failAuthentication(emu: Emulator, rec: SessionRecord): void {
  rec.challenge = null;
  authenticationFailed(emu, rec.owner, paymentIntentOf(emu, rec));
}

/** SEPA Debit: Checkout completes at once with payment_status=unpaid; the money settles later. */
export function payWithSepa(emu: Emulator, rec: SessionRecord, email: string, iban: string): void {
  const pi = paymentIntentOf(emu, rec);
  pi.payment_method_types = ["sepa_debit"];
  completeSession(rec, email, "unpaid");
  rec.pendingAsync = {
    outcome: iban === SEPA_FAILURE_IBAN ? "failed" : "succeeded",
    due_at_ms: emu.clock.nowMs() + emu.opts.asyncPaymentDelayMs,
  };
  chargeProcessing(emu, rec.owner, pi, sepaInfo(iban), email);
  emu.emit("checkout.session.completed", rec.session, { owner: rec.owner });
}

/** The delayed outcome of a SEPA payment (timer, clock advance or control call). */
export function settleAsyncPayment(emu: Emulator, rec: SessionRecord): void {
  const pending = rec.pendingAsync;
  if (!pending) return;
  rec.pendingAsync = null;
  const piRec = typeof rec.session.payment_intent === "string" ? emu.state.paymentIntents[rec.session.payment_intent] : undefined;
  if (!piRec || !settleProcessing(emu, rec.owner, piRec.obj, pending.outcome)) return;
  if (pending.outcome === "succeeded") {
    rec.session.payment_status = "paid";
    emu.store.changed();
    emu.emit("checkout.session.async_payment_succeeded", rec.session, { owner: rec.owner });
  } else {
    emu.emit("checkout.session.async_payment_failed", rec.session, { owner: rec.owner });
  }
}

/** A session whose total is 0: nothing to charge (`payment_status=no_payment_required`). */
export function completeFreeSession(emu: Emulator, rec: SessionRecord, email: string): void {
  completeSession(rec, email, "no_payment_required");
  emu.store.changed();
  emu.emit("checkout.session.completed", rec.session, { owner: rec.owner });
}
