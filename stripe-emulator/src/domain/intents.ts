import type Stripe from "stripe";
import type { Emulator } from "../emulator";
import { cardError, invalidRequest, noSuch } from "../http/errors";
import type { P } from "../http/params";
import { newId } from "../ids";
import type { IntentRecord, MethodSource } from "../state";
import {
  actionRequired,
  assertChargesEnabled,
  authenticationFailed,
  chargeDeclined,
  chargeProcessing,
  chargeSucceeded,
  checkApplicationFee,
  settleProcessing,
} from "./charges";
import { consumeConfirmationToken, methodInfo, sourceFromTestPaymentMethod } from "./confirmation-tokens";
import { buildPaymentIntent } from "./ledger";
import { formatAmount, minimumAmount, SUPPORTED_CURRENCIES } from "./money";
import { cardBehaviour, SEPA_FAILURE_IBAN } from "./test-cards";
import { openDispute } from "./disputes";
import { parseIntentShipping } from "./shipping";

/**
 * PaymentIntents created through the API (seeds 001/003: the server creates and
 * confirms, Stripe.js handles 3-D Secure). Outcomes come from the test card or
 * IBAN behind the ConfirmationToken, exactly as on the hosted Checkout page.
 */

const CREATE_PARAMS = [
  "amount", "currency", "application_fee_amount", "automatic_payment_methods", "allowed_payment_method_types", "confirm",
  "confirmation_token", "payment_method", "return_url", "metadata", "description", "receipt_email", "statement_descriptor",
  "statement_descriptor_suffix", "confirmation_method", "capture_method", "expand", "customer", "setup_future_usage",
  "shipping", "payment_method_options", "mandate_data", "use_stripe_sdk", "error_on_requires_action", "off_session",
  "excluded_payment_method_types", "transfer_group", "on_behalf_of",
];
export const CONFIRM_PARAMS = [
  "confirmation_token", "payment_method", "return_url", "expand", "client_secret", "mandate_data", "use_stripe_sdk",
  "payment_method_options", "receipt_email", "setup_future_usage", "shipping", "error_on_requires_action", "off_session",
];
const CONFIRMABLE = ["requires_payment_method", "requires_confirmation", "requires_action"];
const CANCELABLE = ["requires_payment_method", "requires_capture", "requires_confirmation", "requires_action", "processing"];
const METHOD_TYPES = ["card", "sepa_debit"];

function eligibleTypes(currency: string): string[] {
  return currency === "eur" ? ["card", "sepa_debit"] : ["card"];
}

interface MethodTypes {
  types: string[];
  allowed: string[] | null;
  excluded: string[] | null;
  automatic: Stripe.PaymentIntent.AutomaticPaymentMethods;
}

/**
 * API 2026-10-28: `payment_method_types` is gone from create; `allowed_payment_method_types` /
 * `excluded_payment_method_types` filter the eligible set (card, + sepa_debit for EUR).
 */
function paymentMethodTypes(p: P, currency: string): MethodTypes {
  const allowed = p.strList("allowed_payment_method_types") ?? null;
  const excluded = p.strList("excluded_payment_method_types") ?? null;
  if (allowed && excluded) {
    throw invalidRequest("You may only specify one of these parameters: allowed_payment_method_types, excluded_payment_method_types.", "excluded_payment_method_types");
  }
  (allowed ?? []).forEach((t, i) => {
    if (!METHOD_TYPES.includes(t)) throw invalidRequest(`The payment method type "${t}" is invalid (the emulator supports ${METHOD_TYPES.join(", ")}).`, `allowed_payment_method_types[${i}]`, "payment_method_invalid_parameter");
  });
  const types = eligibleTypes(currency).filter((t) => (!allowed || allowed.includes(t)) && !(excluded ?? []).includes(t));
  if (types.length === 0) {
    throw invalidRequest(`None of the requested payment method types is available for ${currency} in the emulator.`, allowed ? "allowed_payment_method_types" : "excluded_payment_method_types");
  }
  const apm = p.obj("automatic_payment_methods");
  apm?.allowOnly(["enabled", "allow_redirects"]);
  const allow = apm?.str("allow_redirects", { oneOf: ["always", "never"] }) as Stripe.PaymentIntent.AutomaticPaymentMethods.AllowRedirects | undefined;
  // Since API 2023-08-16 automatic payment methods are on by default.
  return { types, allowed, excluded, automatic: { allow_redirects: allow ?? "always", enabled: apm?.bool("enabled") ?? true } };
}

function intentRecord(emu: Emulator, pi: Stripe.PaymentIntent, owner: string): IntentRecord {
  return (emu.state.intents[pi.id] ??= { owner, method: null, paymentMethodId: null, pendingAsync: null, returnUrl: null });
}

/** `POST /v1/payment_intents`, confirming at once with `confirm=true`. */
export function createIntent(emu: Emulator, p: P, owner: string, useStripeSdk: boolean): Stripe.PaymentIntent {
  p.allowOnly(CREATE_PARAMS);
  const amount = p.int("amount", { required: true, min: 1, max: 99_999_999 })!;
  const currency = p.str("currency", { required: true })!.toLowerCase();
  if (!SUPPORTED_CURRENCIES.has(currency)) throw invalidRequest(`Invalid currency: ${currency}.`, "currency");
  const min = minimumAmount(currency);
  if (amount < min) throw invalidRequest(`Amount must be at least ${formatAmount(min, currency, "en")} ${currency}`, "amount", "amount_too_small");
  const fee = p.int("application_fee_amount", { min: 0 });
  checkApplicationFee(owner, fee, amount, "application_fee_amount", "PaymentIntent");
  assertChargesEnabled(emu, owner);
  const { types, allowed, excluded, automatic } = paymentMethodTypes(p, currency);
  const metadata = Object.fromEntries(Object.entries(p.metadata() ?? {}).filter((e): e is [string, string] => e[1] !== null));
  const pi = buildPaymentIntent(emu, {
    owner,
    amount,
    currency,
    paymentMethodTypes: types,
    piData: {
      application_fee_amount: fee ?? null,
      metadata,
      description: p.str("description") ?? null,
      statement_descriptor: p.str("statement_descriptor", { max: 22 }) ?? null,
      receipt_email: p.email("receipt_email") ?? null,
    },
  });
  pi.automatic_payment_methods = automatic;
  pi.allowed_payment_method_types = allowed as Stripe.PaymentIntent["allowed_payment_method_types"];
  pi.excluded_payment_method_types = excluded as Stripe.PaymentIntent["excluded_payment_method_types"];
  pi.shipping = parseIntentShipping(p.obj("shipping"));
  pi.capture_method = "automatic_async";
  pi.confirmation_method = (p.str("confirmation_method", { oneOf: ["automatic", "manual"] }) as Stripe.PaymentIntent.ConfirmationMethod | undefined) ?? "automatic";
  const confirm = p.bool("confirm") ?? false;
  if (!confirm && (p.has("confirmation_token") || p.has("return_url"))) {
    const param = p.has("confirmation_token") ? "confirmation_token" : "return_url";
    throw invalidRequest(`You may only specify \`${param}\` when \`confirm\` is true.`, param);
  }
  emu.state.paymentIntents[pi.id] = { owner, obj: pi };
  intentRecord(emu, pi, owner);
  emu.store.changed();
  emu.emit("payment_intent.created", pi, { owner });
  if (confirm) confirmIntent(emu, pi, owner, p, useStripeSdk);
  return pi;
}

function unexpectedState(pi: Stripe.PaymentIntent, verb: string, allowed: string[]) {
  return invalidRequest(
    `You cannot ${verb} this PaymentIntent because it has a status of ${pi.status}. Only a PaymentIntent with one of the following statuses may be ${verb === "cancel" ? "canceled" : "confirmed"}: ${allowed.join(", ")}.`,
    undefined,
    "payment_intent_unexpected_state",
  );
}

/** The payment method of this confirmation: a ConfirmationToken, a test PaymentMethod, or the one already on the PaymentIntent. */
function methodToConfirm(emu: Emulator, pi: Stripe.PaymentIntent, rec: IntentRecord, p: P, owner: string): { method: MethodSource; useStripeSdk: boolean | null; returnUrl: string | null } {
  if (p.has("confirmation_token")) {
    const ct = consumeConfirmationToken(emu, p.str("confirmation_token")!, owner, pi.id);
    return { method: ct.method, useStripeSdk: ct.token.use_stripe_sdk, returnUrl: ct.token.return_url };
  }
  if (p.has("payment_method")) return { method: sourceFromTestPaymentMethod(p.str("payment_method")!, "payment_method"), useStripeSdk: null, returnUrl: null };
  if (rec.method) return { method: rec.method, useStripeSdk: null, returnUrl: null };
  throw invalidRequest(
    "You cannot confirm this PaymentIntent because it's missing a payment method. Update the PaymentIntent with a payment method and then confirm it again.",
    undefined,
    "payment_intent_unexpected_state",
  );
}

/** `POST /v1/payment_intents/{id}/confirm` (and `confirm=true` on create). Declines throw 402 like Stripe. */
export function confirmIntent(emu: Emulator, pi: Stripe.PaymentIntent, owner: string, p: P, useStripeSdkDefault: boolean): Stripe.PaymentIntent {
  if (!CONFIRMABLE.includes(pi.status)) throw unexpectedState(pi, "confirm", CONFIRMABLE);
  const rec = intentRecord(emu, pi, owner);
  // Manual confirmation after a passed challenge: the server confirms once more and the charge goes through.
  if (pi.status === "requires_confirmation" && rec.method && !p.has("confirmation_token") && !p.has("payment_method")) {
    chargeSucceeded(emu, owner, pi, methodInfo(rec.method), rec.method.email, rec.paymentMethodId ?? undefined);
    rec.method = null;
    return pi;
  }
  if (pi.status === "requires_action" && !p.has("confirmation_token") && !p.has("payment_method")) return pi;
  const { method, useStripeSdk, returnUrl } = methodToConfirm(emu, pi, rec, p, owner);
  if (!pi.payment_method_types.includes(method.type)) {
    throw invalidRequest(
      `The PaymentMethod provided (${method.type}) is not allowed for this PaymentIntent. Please attach a PaymentMethod of one of the following types: ${pi.payment_method_types.join(", ")}.`,
      "payment_method",
      "payment_intent_incompatible_payment_method",
    );
  }
  rec.returnUrl = p.url("return_url") ?? returnUrl ?? rec.returnUrl;
  const pmId = newId("pm");
  const info = methodInfo(method);
  if (method.type === "sepa_debit") {
    rec.method = method;
    rec.paymentMethodId = pmId;
    rec.pendingAsync = { outcome: method.iban === SEPA_FAILURE_IBAN ? "failed" : "succeeded", due_at_ms: emu.clock.nowMs() + emu.opts.asyncPaymentDelayMs };
    chargeProcessing(emu, owner, pi, info as Extract<typeof info, { type: "sepa_debit" }>, method.email, pmId);
    return pi;
  }
  const behaviour = cardBehaviour(method.number);
  if (behaviour.kind === "decline") {
    rec.method = null;
    const { message, charge } = chargeDeclined(emu, owner, pi, info, method.email, behaviour, pmId);
    throw cardError(message, behaviour.code, behaviour.decline_code, { charge: charge.id, payment_intent: structuredClone(pi) });
  }
  if (behaviour.kind === "challenge") {
    rec.method = method;
    rec.paymentMethodId = pmId;
    pi.payment_method = pmId;
    pi.last_payment_error = null;
    actionRequired(emu, owner, pi, nextAction(emu, pi, useStripeSdk ?? (p.bool("use_stripe_sdk") ?? useStripeSdkDefault), rec.returnUrl));
    return pi;
  }
  rec.method = null;
  const charge = chargeSucceeded(emu, owner, pi, info, method.email, pmId);
  if (behaviour.dispute) openDispute(emu, charge.id, { reason: behaviour.dispute });
  return pi;
}

/** The emulator's 3-D Secure page for a PaymentIntent. */
export function challengeUrl(emu: Emulator, pi: Stripe.PaymentIntent): string {
  return `${emu.baseUrl}/v3/authenticate/${pi.id}?client_secret=${encodeURIComponent(pi.client_secret ?? "")}`;
}

/**
 * `use_stripe_sdk` when Stripe.js confirms or created the token (handleNextAction opens the
 * challenge); `redirect_to_url` for a server-side confirmation with a `return_url`.
 */
function nextAction(emu: Emulator, pi: Stripe.PaymentIntent, useStripeSdk: boolean, returnUrl: string | null): Stripe.PaymentIntent.NextAction {
  if (!useStripeSdk && returnUrl) {
    return { type: "redirect_to_url", redirect_to_url: { return_url: returnUrl, url: challengeUrl(emu, pi) } };
  }
  return {
    type: "use_stripe_sdk",
    use_stripe_sdk: { type: "three_d_secure_redirect", stripe_js: challengeUrl(emu, pi), source: newId("src") },
  } as Stripe.PaymentIntent.NextAction;
}

/** The person answered the 3-D Secure challenge. */
export function completeChallenge(emu: Emulator, pi: Stripe.PaymentIntent, owner: string, passed: boolean): void {
  const rec = intentRecord(emu, pi, owner);
  if (pi.status !== "requires_action" || !rec.method) return;
  if (!passed) {
    rec.method = null;
    authenticationFailed(emu, owner, pi);
    return;
  }
  if (pi.confirmation_method === "manual") {
    Object.assign(pi, { status: "requires_confirmation", next_action: null } satisfies Partial<Stripe.PaymentIntent>);
    emu.store.changed();
    return;
  }
  chargeSucceeded(emu, owner, pi, methodInfo(rec.method), rec.method.email, rec.paymentMethodId ?? undefined);
  rec.method = null;
}

export function cancelIntent(emu: Emulator, pi: Stripe.PaymentIntent, owner: string, p: P): Stripe.PaymentIntent {
  p.allowOnly(["cancellation_reason", "expand"]);
  if (!emu.state.intents[pi.id]) {
    throw invalidRequest("You cannot cancel this PaymentIntent because it was created by Checkout. Expire the Checkout Session instead.", undefined, "payment_intent_unexpected_state");
  }
  if (!CANCELABLE.includes(pi.status)) throw unexpectedState(pi, "cancel", CANCELABLE);
  const reason = p.str("cancellation_reason", { oneOf: ["duplicate", "fraudulent", "requested_by_customer", "abandoned"] });
  const rec = intentRecord(emu, pi, owner);
  rec.method = null;
  rec.pendingAsync = null;
  Object.assign(pi, {
    status: "canceled",
    canceled_at: emu.now(),
    cancellation_reason: (reason as Stripe.PaymentIntent.CancellationReason | undefined) ?? null,
    next_action: null,
  } satisfies Partial<Stripe.PaymentIntent>);
  emu.store.changed();
  emu.emit("payment_intent.canceled", pi, { owner });
  return pi;
}

/** Clock-driven: settle due SEPA payments of API-created PaymentIntents. */
export function intentTick(emu: Emulator): void {
  const nowMs = emu.clock.nowMs();
  for (const [id, rec] of Object.entries(emu.state.intents)) {
    if (!rec.pendingAsync || rec.pendingAsync.due_at_ms > nowMs) continue;
    const outcome = rec.pendingAsync.outcome;
    rec.pendingAsync = null;
    rec.method = null;
    const pi = emu.state.paymentIntents[id]?.obj;
    if (pi) settleProcessing(emu, rec.owner, pi, outcome);
  }
}

/** Find a PaymentIntent by the client secret Stripe.js holds (`pi_…_secret_…`). */
export function intentByClientSecret(emu: Emulator, clientSecret: string): { pi: Stripe.PaymentIntent; owner: string } {
  const id = clientSecret.split("_secret_")[0] ?? "";
  const rec = emu.state.paymentIntents[id];
  if (!rec || rec.obj.client_secret !== clientSecret) throw noSuch("payment_intent", id, "client_secret");
  return { pi: rec.obj, owner: rec.owner };
}
