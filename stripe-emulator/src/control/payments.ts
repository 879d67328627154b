import { completeFreeSession, declineCard, payWithCard, payWithSepa, settleAsyncPayment } from "../domain/payments";
import { SEPA_FAILURE_IBAN, SEPA_SUCCESS_IBAN } from "../domain/test-cards";
import type { Emulator } from "../emulator";
import { cardError, invalidRequest, noSuch } from "../http/errors";
import type { P } from "../http/params";
import type { SessionRecord } from "../state";

export function findSession(emu: Emulator, id: string): SessionRecord {
  const rec = emu.state.sessions[id];
  if (!rec) throw noSuch("checkout.session", id);
  return rec;
}

const VISA = { type: "card" as const, brand: "visa", last4: "4242", exp_month: 12, exp_year: 2034, country: "US" };

/** `POST /_emulator/checkout/sessions/{id}/pay`: what the hosted page does, without a browser. */
export function controlPay(emu: Emulator, id: string, p: P) {
  const rec = findSession(emu, id);
  if (rec.session.status !== "open") {
    throw invalidRequest(`This Checkout Session is ${rec.session.status}; only open sessions can be paid.`, undefined, "checkout_session_not_open");
  }
  const outcome = p.str("outcome", { oneOf: ["paid", "declined", "async_succeeded", "async_failed"] }) ?? "paid";
  const email = p.email("email") ?? rec.session.customer_email ?? "customer@example.com";
  if ((rec.session.amount_total ?? 0) === 0) {
    completeFreeSession(emu, rec, email);
    return rec.session;
  }
  switch (outcome) {
    case "paid":
      // `card=fails_renewal`: pays now, then the card on file behaves as Stripe's 4000 0000 0000 0341
      // (every later charge of the customer is declined): a subscription whose renewals fail.
      payWithCard(emu, rec, email, p.str("card") === "fails_renewal" ? { ...VISA, last4: "0341" } : VISA, p.str("card") === "fails_renewal");
      break;
    case "declined": {
      const pm = { ...VISA, last4: "0002" };
      const message = declineCard(emu, rec, email, pm, { code: "card_declined", decline_code: "generic_decline" });
      const pi = typeof rec.session.payment_intent === "string" ? rec.session.payment_intent : undefined;
      throw cardError(message, "card_declined", "generic_decline", { payment_intent: pi });
    }
    case "async_succeeded":
    case "async_failed":
      payWithSepa(emu, rec, email, outcome === "async_succeeded" ? SEPA_SUCCESS_IBAN : SEPA_FAILURE_IBAN);
      if (p.bool("settle")) settleAsyncPayment(emu, rec);
      break;
  }
  return rec.session;
}

export function controlSettle(emu: Emulator, id: string) {
  const rec = findSession(emu, id);
  if (!rec.pendingAsync) throw invalidRequest("This Checkout Session has no pending asynchronous payment.");
  settleAsyncPayment(emu, rec);
  return rec.session;
}
