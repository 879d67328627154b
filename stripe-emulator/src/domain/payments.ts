import type Stripe from "stripe";
import type { Emulator } from "../emulator";
import type { SessionRecord } from "../state";
import { buildCharge, buildPaymentIntent, settleCharge, type PaymentMethodInfo } from "./ledger";
import { DECLINE_MESSAGES, SEPA_FAILURE_IBAN } from "./test-cards";

/**
 * Payment flows behind the hosted Checkout page and the control API. Each
 * flow mutates the session, PaymentIntent and Charge on the session's owner
 * (the connected account for direct charges) and emits the events Stripe sends.
 */

function paymentIntentOf(emu: Emulator, rec: SessionRecord): Stripe.PaymentIntent {
  const existing = typeof rec.session.payment_intent === "string" ? emu.state.paymentIntents[rec.session.payment_intent] : undefined;
  if (existing) return existing.obj;
  const pi = buildPaymentIntent(emu, rec);
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
export function payWithCard(emu: Emulator, rec: SessionRecord, email: string, pm: Extract<PaymentMethodInfo, { type: "card" }>): void {
  const pi = paymentIntentOf(emu, rec);
  const charge = buildCharge(emu, rec, pi, pm, "succeeded", email);
  emu.state.charges[charge.id] = { owner: rec.owner, obj: charge };
  settleCharge(emu, rec.owner, charge);
  Object.assign(pi, {
    status: "succeeded",
    amount_received: pi.amount,
    latest_charge: charge.id,
    payment_method: charge.payment_method,
    payment_method_types: ["card"],
    last_payment_error: null,
    next_action: null,
  } satisfies Partial<Stripe.PaymentIntent>);
  completeSession(rec, email, "paid");
  emu.store.changed();
  emu.emit("charge.succeeded", charge, { owner: rec.owner });
  emu.emit("payment_intent.succeeded", pi, { owner: rec.owner });
  emu.emit("checkout.session.completed", rec.session, { owner: rec.owner });
}

/** Card declined: the session stays open, the PaymentIntent records the error. */
export function declineCard(
  emu: Emulator,
  rec: SessionRecord,
  email: string,
  pm: Extract<PaymentMethodInfo, { type: "card" }>,
  failure: { code: string; decline_code?: string },
): string {
  const pi = paymentIntentOf(emu, rec);
  const message = DECLINE_MESSAGES[failure.decline_code ?? failure.code]?.en ?? "Your card was declined.";
  const charge = buildCharge(emu, rec, pi, pm, "failed", email, { ...failure, message });
  emu.state.charges[charge.id] = { owner: rec.owner, obj: charge };
  Object.assign(pi, {
    status: "requires_payment_method",
    latest_charge: charge.id,
    last_payment_error: {
      type: "card_error",
      code: failure.code as Stripe.PaymentIntent.LastPaymentError.Code,
      decline_code: failure.decline_code,
      message,
      charge: charge.id,
      doc_url: `https://stripe.com/docs/error-codes/${failure.code.replace(/_/g, "-")}`,
      payment_method_type: "card",
    },
  } satisfies Partial<Stripe.PaymentIntent>);
  emu.store.changed();
  emu.emit("charge.failed", charge, { owner: rec.owner });
  emu.emit("payment_intent.payment_failed", pi, { owner: rec.owner });
  return message;
}

/** 3-D Secure required: park the card until the challenge page answers. */
export function requireAction(emu: Emulator, rec: SessionRecord, email: string, pm: Extract<PaymentMethodInfo, { type: "card" }>): void {
  const pi = paymentIntentOf(emu, rec);
  pi.status = "requires_action";
  rec.challenge = { email, last4: pm.last4, brand: pm.brand, exp_month: pm.exp_month, exp_year: pm.exp_year };
  emu.store.changed();
  emu.emit("payment_intent.requires_action", pi, { owner: rec.owner });
}

export function failAuthentication(emu: Emulator, rec: SessionRecord): void {
  const pi = paymentIntentOf(emu, rec);
  rec.challenge = null;
  Object.assign(pi, {
    status: "requires_payment_method",
    last_payment_error: {
      type: "invalid_request_error",
      code: "payment_intent_authentication_failure",
      message: DECLINE_MESSAGES.authentication_failed!.en,
      payment_method_type: "card",
    },
  } satisfies Partial<Stripe.PaymentIntent>);
  emu.store.changed();
  emu.emit("payment_intent.payment_failed", pi, { owner: rec.owner });
}

/** SEPA Debit: Checkout completes at once with payment_status=unpaid; the money settles later. */
export function payWithSepa(emu: Emulator, rec: SessionRecord, email: string, iban: string): void {
  const pi = paymentIntentOf(emu, rec);
  const pm: PaymentMethodInfo = { type: "sepa_debit", last4: iban.slice(-4), country: iban.slice(0, 2), bank_code: iban.slice(4, 12) };
  const charge = buildCharge(emu, rec, pi, pm, "pending", email);
  emu.state.charges[charge.id] = { owner: rec.owner, obj: charge };
  Object.assign(pi, {
    status: "processing",
    latest_charge: charge.id,
    payment_method: charge.payment_method,
    payment_method_types: ["sepa_debit"],
    last_payment_error: null,
  } satisfies Partial<Stripe.PaymentIntent>);
  completeSession(rec, email, "unpaid");
  rec.pendingAsync = {
    outcome: iban === SEPA_FAILURE_IBAN ? "failed" : "succeeded",
    due_at_ms: emu.clock.nowMs() + emu.opts.asyncPaymentDelayMs,
  };
  emu.store.changed();
  emu.emit("payment_intent.processing", pi, { owner: rec.owner });
  emu.emit("charge.pending", charge, { owner: rec.owner });
  emu.emit("checkout.session.completed", rec.session, { owner: rec.owner });
}

/** The delayed outcome of a SEPA payment (timer, clock advance or control call). */
export function settleAsyncPayment(emu: Emulator, rec: SessionRecord): void {
  const pending = rec.pendingAsync;
  if (!pending) return;
  rec.pendingAsync = null;
  const piRec = typeof rec.session.payment_intent === "string" ? emu.state.paymentIntents[rec.session.payment_intent] : undefined;
  if (!piRec) return;
  const pi = piRec.obj;
  const charge = typeof pi.latest_charge === "string" ? emu.state.charges[pi.latest_charge]?.obj : undefined;
  if (!charge) return;
  if (pending.outcome === "succeeded") {
    Object.assign(charge, { status: "succeeded", paid: true, captured: true, amount_captured: charge.amount });
    settleCharge(emu, rec.owner, charge);
    Object.assign(pi, { status: "succeeded", amount_received: pi.amount });
    rec.session.payment_status = "paid";
    emu.store.changed();
    emu.emit("charge.succeeded", charge, { owner: rec.owner });
    emu.emit("payment_intent.succeeded", pi, { owner: rec.owner });
    emu.emit("checkout.session.async_payment_succeeded", rec.session, { owner: rec.owner });
  } else {
    const message = "The customer's bank account has insufficient funds.";
    Object.assign(charge, {
      status: "failed",
      paid: false,
      failure_code: "insufficient_funds",
      failure_message: message,
    });
    Object.assign(pi, {
      status: "requires_payment_method",
      last_payment_error: { type: "card_error", code: "insufficient_funds", message, charge: charge.id, payment_method_type: "sepa_debit" },
    } satisfies Partial<Stripe.PaymentIntent>);
    emu.store.changed();
    emu.emit("charge.failed", charge, { owner: rec.owner });
    emu.emit("payment_intent.payment_failed", pi, { owner: rec.owner });
    emu.emit("checkout.session.async_payment_failed", rec.session, { owner: rec.owner });
  }
}

/** A session whose total is 0: nothing to charge (`payment_status=no_payment_required`). */
export function completeFreeSession(emu: Emulator, rec: SessionRecord, email: string): void {
  completeSession(rec, email, "no_payment_required");
  emu.store.changed();
  emu.emit("checkout.session.completed", rec.session, { owner: rec.owner });
}
