import type Stripe from "stripe";
import type { Emulator } from "../emulator";
import { cardError, invalidRequest, noSuch } from "../http/errors";
import type { P } from "../http/params";
import { newId, randomToken } from "../ids";
import type { ConfirmationTokenRecord, MethodSource } from "../state";
import type { PaymentMethodInfo } from "./ledger";
import { cardBrand, luhn, sepaInfo, TEST_PAYMENT_METHODS, validIban } from "./test-cards";

/** ConfirmationTokens live 12 hours and confirm one PaymentIntent. */
export const CONFIRMATION_TOKEN_TTL_SECONDS = 12 * 3600;

function cardSource(p: P, billing: { name: string | null; email: string | null }, now: Date): MethodSource {
  const card = p.obj("card", true)!;
  const number = (card.str("number", { required: true }) ?? "").replace(/[\s-]/g, "");
  if (!/^\d{12,19}$/.test(number) || !luhn(number)) {
    throw cardError("Your card number is incorrect.", "incorrect_number", undefined, { param: card.name("number") });
  }
  const month = card.int("exp_month", { required: true })!;
  let year = card.int("exp_year", { required: true })!;
  if (year < 100) year += 2000;
  if (month < 1 || month > 12) throw cardError("Your card's expiration month is invalid.", "invalid_expiry_month", undefined, { param: card.name("exp_month") });
  if (year < now.getUTCFullYear() || (year === now.getUTCFullYear() && month < now.getUTCMonth() + 1)) {
    throw cardError("Your card's expiration year is invalid.", "invalid_expiry_year", undefined, { param: card.name("exp_year") });
  }
  const cvc = card.str("cvc");
  if (cvc !== undefined && !/^\d{3,4}$/.test(cvc)) throw cardError("Your card's security code is invalid.", "invalid_cvc", undefined, { param: card.name("cvc") });
  return { type: "card", number, exp_month: month, exp_year: year, ...billing };
}

function sepaSource(p: P, billing: { name: string | null; email: string | null }): MethodSource {
  const sepa = p.obj("sepa_debit", true)!;
  const iban = (sepa.str("iban", { required: true }) ?? "").replace(/\s/g, "").toUpperCase();
  if (!validIban(iban)) throw invalidRequest("The IBAN you provided is invalid.", sepa.name("iban"), "invalid_bank_account_iban");
  if (!billing.name) throw missingBilling(p, "name");
  if (!billing.email) throw missingBilling(p, "email");
  return { type: "sepa_debit", iban, name: billing.name, email: billing.email };
}

function missingBilling(p: P, field: string) {
  return invalidRequest(`Missing required param: ${p.name("billing_details")}[${field}].`, `${p.name("billing_details")}[${field}]`, "parameter_missing");
}

/** `payment_method_data` as Stripe.js sends it (card or sepa_debit, billing details). */
export function sourceFromPaymentMethodData(emu: Emulator, p: P): MethodSource {
  p.allowOnly(["type", "card", "sepa_debit", "billing_details", "allow_redisplay", "metadata"]);
  const type = p.str("type", { required: true, oneOf: ["card", "sepa_debit"] })!;
  const bd = p.obj("billing_details");
  bd?.allowOnly(["name", "email", "phone", "address", "tax_id"]);
  const billing = { name: bd?.str("name") ?? null, email: bd?.email("email") ?? null };
  return type === "card" ? cardSource(p, billing, new Date(emu.clock.nowMs())) : sepaSource(p, billing);
}

/** Test PaymentMethods (`pm_card_visa`...) for the server-side test helper. */
export function sourceFromTestPaymentMethod(id: string, param: string): MethodSource {
  const number = TEST_PAYMENT_METHODS[id];
  if (!number) throw noSuch("payment_method", id, param);
  return { type: "card", number, exp_month: 12, exp_year: new Date().getUTCFullYear() + 5, name: null, email: null };
}

export function methodInfo(m: MethodSource): PaymentMethodInfo {
  if (m.type === "sepa_debit") return sepaInfo(m.iban);
  return { type: "card", brand: cardBrand(m.number), last4: m.number.slice(-4), exp_month: m.exp_month, exp_year: m.exp_year, country: "US" };
}

function preview(m: MethodSource): Stripe.ConfirmationToken.PaymentMethodPreview {
  const info = methodInfo(m);
  const billing_details = {
    address: { city: null, country: null, line1: null, line2: null, postal_code: null, state: null },
    email: m.email,
    name: m.name,
    phone: null,
    tax_id: null,
  };
  const base = { allow_redisplay: "unspecified" as const, billing_details, customer: null, customer_account: null };
  if (info.type === "sepa_debit") {
    return {
      ...base,
      type: "sepa_debit",
      sepa_debit: { bank_code: info.bank_code, branch_code: "", country: info.country, fingerprint: randomToken(16), generated_from: null, last4: info.last4 },
    } as Stripe.ConfirmationToken.PaymentMethodPreview;
  }
  return {
    ...base,
    type: "card",
    card: {
      brand: info.brand,
      checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: null },
      country: info.country,
      display_brand: info.brand,
      exp_month: info.exp_month,
      exp_year: info.exp_year,
      funding: "credit",
      generated_from: null,
      last4: info.last4,
      networks: { available: [info.brand], preferred: null },
      regulated_status: "unregulated",
      three_d_secure_usage: { supported: true },
      wallet: null,
    },
  } as Stripe.ConfirmationToken.PaymentMethodPreview;
}

/** Store a new token; `useStripeSdk` (true from Stripe.js) decides how a 3-D Secure `next_action` is shaped. */
export function createConfirmationToken(
  emu: Emulator,
  owner: string,
  method: MethodSource,
  p: P,
  useStripeSdk: boolean,
): Stripe.ConfirmationToken {
  const now = emu.now();
  const token: Stripe.ConfirmationToken = {
    id: newId("ctoken"),
    object: "confirmation_token",
    created: now,
    expires_at: now + CONFIRMATION_TOKEN_TTL_SECONDS,
    livemode: false,
    mandate_data:
      method.type === "sepa_debit"
        ? { customer_acceptance: { online: { ip_address: "127.0.0.1", user_agent: "stripe-emulator" }, type: "online" } }
        : null,
    metadata: null,
    payment_intent: null,
    payment_method_options: null,
    payment_method_preview: preview(method),
    return_url: p.url("return_url") ?? null,
    setup_future_usage: (p.str("setup_future_usage", { oneOf: ["off_session", "on_session"] }) as Stripe.ConfirmationToken.SetupFutureUsage | undefined) ?? null,
    setup_intent: null,
    shipping: null,
    use_stripe_sdk: useStripeSdk,
  };
  emu.state.confirmationTokens[token.id] = { owner, token, method, used: false };
  emu.store.changed();
  return token;
}

export function getConfirmationToken(emu: Emulator, id: string, owner: string, param = "id"): ConfirmationTokenRecord {
  const rec = emu.state.confirmationTokens[id];
  if (!rec || rec.owner !== owner) throw noSuch("confirmation_token", id, param);
  return rec;
}

/** A token can confirm once, before `expires_at`. */
export function consumeConfirmationToken(emu: Emulator, id: string, owner: string, paymentIntent: string): ConfirmationTokenRecord {
  const rec = getConfirmationToken(emu, id, owner, "confirmation_token");
  if (rec.used) {
    throw invalidRequest(
      `ConfirmationToken ${id} has already been used to confirm a PaymentIntent or SetupIntent. Create a new ConfirmationToken.`,
      "confirmation_token",
      "confirmation_token_already_used",
    );
  }
  if ((rec.token.expires_at ?? Infinity) <= emu.now()) {
    throw invalidRequest(`ConfirmationToken ${id} has expired. Create a new ConfirmationToken.`, "confirmation_token", "confirmation_token_expired");
  }
  rec.used = true;
  rec.token.payment_intent = paymentIntent;
  emu.store.changed();
  return rec;
}
