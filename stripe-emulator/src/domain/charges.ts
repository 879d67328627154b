import type Stripe from "stripe";
import type { Emulator } from "../emulator";
import { invalidRequest } from "../http/errors";
import { newId } from "../ids";
import { PLATFORM } from "../state";
import { buildCharge, settleCharge, type PaymentMethodInfo } from "./ledger";
import { DECLINE_MESSAGES } from "./test-cards";

/**
 * What happens to a PaymentIntent when a payment method is tried on it: one
 * place for hosted Checkout, embedded Checkout and `POST /v1/payment_intents`,
 * so every flow books the same charge, balance transaction, application fee and
 * events. Callers add their own (e.g. `checkout.session.completed`).
 */

/** Direct charges only: a fee needs `Stripe-Account` and cannot exceed the amount. */
export function checkApplicationFee(owner: string, fee: number | undefined, total: number, param: string, what: string): void {
  if (fee === undefined) return;
  if (owner === PLATFORM) {
    throw invalidRequest(
      "Can only apply an application_fee_amount when the PaymentIntent is attempting a direct payment (using an OAuth key or Stripe-Account header) or destination payment (using `transfer_data[destination]`).",
      param,
    );
  }
  if (fee > total) throw invalidRequest(`The application fee amount (${fee}) cannot be greater than the total amount of the ${what} (${total}).`, param);
}

/** A connected account whose charges are disabled cannot take payments (code `account_invalid`). */
export function assertChargesEnabled(emu: Emulator, owner: string): void {
  if (owner === PLATFORM) return;
  const acct = emu.state.accounts[owner];
  if (acct && !acct.charges_enabled) {
    throw invalidRequest(
      `The connected account ${owner} cannot currently make charges (charges_enabled is false; requirements.disabled_reason: ${acct.requirements?.disabled_reason ?? "none"}).`,
      undefined,
      "account_invalid",
    );
  }
}

export interface Decline {
  code: string;
  decline_code?: string;
}

/** Store the attempt's charge and point the PaymentIntent at it, with the attempt's outcome. */
function recordAttempt(emu: Emulator, owner: string, pi: Stripe.PaymentIntent, charge: Stripe.Charge, outcome: Partial<Stripe.PaymentIntent>): void {
  emu.state.charges[charge.id] = { owner, obj: charge };
  Object.assign(pi, { latest_charge: charge.id, next_action: null, ...outcome });
  emu.store.changed();
}

/** The charge succeeded: booked at once (card). */
export function chargeSucceeded(
  emu: Emulator,
  owner: string,
  pi: Stripe.PaymentIntent,
  pm: PaymentMethodInfo,
  email: string | null,
  paymentMethodId?: string,
): Stripe.Charge {
  const charge = buildCharge(emu, pi, pm, "succeeded", email, undefined, paymentMethodId);
  settleCharge(emu, owner, charge);
  recordAttempt(emu, owner, pi, charge, { status: "succeeded", amount_received: pi.amount, payment_method: charge.payment_method, last_payment_error: null });
  emu.emit("charge.succeeded", charge, { owner });
  emu.emit("payment_intent.succeeded", pi, { owner });
  return charge;
}

/** Declined: a failed charge, the PaymentIntent back to `requires_payment_method` with `last_payment_error`. */
export function chargeDeclined(
  emu: Emulator,
  owner: string,
  pi: Stripe.PaymentIntent,
  pm: PaymentMethodInfo,
  email: string | null,
  failure: Decline,
  paymentMethodId?: string,
): { message: string; charge: Stripe.Charge } {
  const message = DECLINE_MESSAGES[failure.decline_code ?? failure.code]?.en ?? "Your card was declined.";
  const charge = buildCharge(emu, pi, pm, "failed", email, { ...failure, message }, paymentMethodId);
  recordAttempt(emu, owner, pi, charge, {
    status: "requires_payment_method",
    payment_method: null,
    last_payment_error: {
      type: "card_error",
      code: failure.code as Stripe.PaymentIntent.LastPaymentError.Code,
      decline_code: failure.decline_code,
      message,
      charge: charge.id,
      doc_url: `https://stripe.com/docs/error-codes/${failure.code.replace(/_/g, "-")}`,
      payment_method_type: pm.type,
    },
  });
  emu.emit("charge.failed", charge, { owner });
  emu.emit("payment_intent.payment_failed", pi, { owner });
  return { message, charge };
}

/** 3-D Secure required: `requires_action` with the given `next_action`. */
export function actionRequired(emu: Emulator, owner: string, pi: Stripe.PaymentIntent, nextAction: Stripe.PaymentIntent.NextAction | null): void {
  Object.assign(pi, { status: "requires_action", next_action: nextAction } satisfies Partial<Stripe.PaymentIntent>);
  emu.store.changed();
  emu.emit("payment_intent.requires_action", pi, { owner });
}

export function authenticationFailed(emu: Emulator, owner: string, pi: Stripe.PaymentIntent): void {
  Object.assign(pi, {
    status: "requires_payment_method",
    next_action: null,
    payment_method: null,
    last_payment_error: {
      type: "invalid_request_error",
      code: "payment_intent_authentication_failure",
      message: DECLINE_MESSAGES.authentication_failed!.en,
      doc_url: "https://stripe.com/docs/error-codes/payment-intent-authentication-failure",
      payment_method_type: "card",
    },
  } satisfies Partial<Stripe.PaymentIntent>);
  emu.store.changed();
  emu.emit("payment_intent.payment_failed", pi, { owner });
}

/** SEPA Debit: `processing` with a pending charge; the outcome comes later (`settleProcessing`). */
export function chargeProcessing(
  emu: Emulator,
  owner: string,
  pi: Stripe.PaymentIntent,
  pm: Extract<PaymentMethodInfo, { type: "sepa_debit" }>,
  email: string | null,
  paymentMethodId: string = newId("pm"),
): Stripe.Charge {
  const charge = buildCharge(emu, pi, pm, "pending", email, undefined, paymentMethodId);
  recordAttempt(emu, owner, pi, charge, { status: "processing", payment_method: charge.payment_method, last_payment_error: null });
  emu.emit("payment_intent.processing", pi, { owner });
  emu.emit("charge.pending", charge, { owner });
  return charge;
}

/** The delayed outcome of a processing (SEPA) payment. Returns false when nothing was processing. */
export function settleProcessing(emu: Emulator, owner: string, pi: Stripe.PaymentIntent, outcome: "succeeded" | "failed"): boolean {
  const charge = typeof pi.latest_charge === "string" ? emu.state.charges[pi.latest_charge]?.obj : undefined;
  if (!charge || pi.status !== "processing") return false;
  if (outcome === "succeeded") {
    Object.assign(charge, { status: "succeeded", paid: true, captured: true, amount_captured: charge.amount });
    settleCharge(emu, owner, charge);
    Object.assign(pi, { status: "succeeded", amount_received: pi.amount });
    emu.store.changed();
    emu.emit("charge.succeeded", charge, { owner });
    emu.emit("payment_intent.succeeded", pi, { owner });
    return true;
  }
  const message = "The customer's bank account has insufficient funds.";
  Object.assign(charge, { status: "failed", paid: false, failure_code: "insufficient_funds", failure_message: message });
  Object.assign(pi, {
    status: "requires_payment_method",
    payment_method: null,
    last_payment_error: { type: "card_error", code: "insufficient_funds", message, charge: charge.id, payment_method_type: "sepa_debit" },
  } satisfies Partial<Stripe.PaymentIntent>);
  emu.store.changed();
  emu.emit("charge.failed", charge, { owner });
  emu.emit("payment_intent.payment_failed", pi, { owner });
  return true;
}
