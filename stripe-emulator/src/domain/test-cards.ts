/** Stripe's documented test cards and IBANs, and what the emulator does with them. */

export type CardBehaviour =
  | { kind: "success"; dispute?: string }
  | { kind: "decline"; code: string; decline_code?: string }
  | { kind: "challenge" };

const CARDS: Record<string, CardBehaviour> = {
  "4242424242424242": { kind: "success" },
  "4000056655665556": { kind: "success" },
  "5555555555554444": { kind: "success" },
  "2223003122003222": { kind: "success" },
  "378282246310005": { kind: "success" },
  "4000002500001001": { kind: "success" },
  // Succeeds, then the cardholder disputes it as fraudulent (Stripe's documented dispute card).
  "4000000000000259": { kind: "success", dispute: "fraudulent" },
  "4000000000009995": { kind: "decline", code: "card_declined", decline_code: "insufficient_funds" },
  "4000000000000002": { kind: "decline", code: "card_declined", decline_code: "generic_decline" },
  "4000000000009987": { kind: "decline", code: "card_declined", decline_code: "lost_card" },
  "4000000000009979": { kind: "decline", code: "card_declined", decline_code: "stolen_card" },
  "4000000000000069": { kind: "decline", code: "expired_card" },
  "4000000000000127": { kind: "decline", code: "incorrect_cvc" },
  "4000000000000119": { kind: "decline", code: "processing_error" },
  // "Attaching this card to a Customer object succeeds, but attempts to charge the customer fail":
  // Checkout attaches it and charges at once, so the page declines it (renewals that fail are set
  // up with the control API's `card=fails_renewal`, see the README).
  "4000000000000341": { kind: "decline", code: "card_declined", decline_code: "generic_decline" },
  "4000002500003155": { kind: "challenge" },
  "4000002760003184": { kind: "challenge" },
  "4000000000003220": { kind: "challenge" },
};

export const SEPA_SUCCESS_IBAN = "DE89370400440532013000";
export const SEPA_FAILURE_IBAN = "AT861904300235473202";

export function luhn(num: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = num.length - 1; i >= 0; i--) {
    let d = Number(num[i]);
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

export function cardBrand(num: string): string {
  if (num.startsWith("4")) return "visa";
  if (/^(5[1-5]|2[2-7])/.test(num)) return "mastercard";
  if (/^3[47]/.test(num)) return "amex";
  return "unknown";
}

/** Any other valid (Luhn) number behaves like 4242: the emulator is not a card network. */
export function cardBehaviour(num: string): CardBehaviour {
  return CARDS[num] ?? { kind: "success" };
}

/** Error messages shown to the payer (the same text Stripe's API returns in `message`). */
export const DECLINE_MESSAGES: Record<string, { en: string; fr: string }> = {
  insufficient_funds: { en: "Your card has insufficient funds.", fr: "Votre carte ne dispose pas de fonds suffisants." },
  generic_decline: { en: "Your card was declined.", fr: "Votre carte a été refusée." },
  lost_card: { en: "Your card was declined.", fr: "Votre carte a été refusée." },
  stolen_card: { en: "Your card was declined.", fr: "Votre carte a été refusée." },
  expired_card: { en: "Your card has expired.", fr: "Votre carte a expiré." },
  incorrect_cvc: { en: "Your card's security code is incorrect.", fr: "Le code de sécurité de votre carte est incorrect." },
  processing_error: {
    en: "An error occurred while processing your card. Try again in a little bit.",
    fr: "Une erreur s'est produite lors du traitement de votre carte. Réessayez dans quelques instants.",
  },
  authentication_failed: {
    en: "We are unable to authenticate your payment method. Please choose a different payment method and try again.",
    fr: "Nous ne parvenons pas à authentifier votre moyen de paiement. Veuillez choisir un autre moyen de paiement et réessayer.",
  },
};

export function declineKey(b: { code: string; decline_code?: string }): string {
  return b.decline_code ?? b.code;
}

export function sepaInfo(iban: string): { type: "sepa_debit"; last4: string; country: string; bank_code: string } {
  return { type: "sepa_debit", last4: iban.slice(-4), country: iban.slice(0, 2), bank_code: iban.slice(4, 12) };
}

export function validIban(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  const digits = rearranged.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rem = 0;
  for (const d of digits) rem = (rem * 10 + Number(d)) % 97;
  return rem === 1;
}

/** Stripe's test PaymentMethod ids (`pm_card_visa`…) and the card numbers they stand for. */
export const TEST_PAYMENT_METHODS: Record<string, string> = {
  pm_card_visa: "4242424242424242",
  pm_card_mastercard: "5555555555554444",
  pm_card_amex: "378282246310005",
  pm_card_authenticationRequired: "4000002500003155",
  pm_card_threeDSecure2Required: "4000000000003220",
  pm_card_visa_chargeDeclined: "4000000000000002",
  pm_card_chargeDeclined: "4000000000000002",
  pm_card_visa_chargeDeclinedInsufficientFunds: "4000000000009995",
  pm_card_chargeDeclinedInsufficientFunds: "4000000000009995",
  pm_card_visa_chargeDeclinedLostCard: "4000000000009987",
  pm_card_visa_chargeDeclinedStolenCard: "4000000000009979",
  pm_card_chargeDeclinedExpiredCard: "4000000000000069",
  pm_card_chargeDeclinedIncorrectCvc: "4000000000000127",
  pm_card_chargeDeclinedProcessingError: "4000000000000119",
};
