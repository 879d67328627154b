/**
 * Money is always an integer in the currency's minor unit, as in Stripe's API.
 * Zero-decimal currencies (JPY, KRW...) have no minor unit: 500 JPY is `500`.
 */

import { minimumCharge, minorUnitDecimals, THREE_DECIMAL_CURRENCIES, ZERO_DECIMAL_CURRENCIES } from "../../../lib/money/currencies";

// Stripe's currency rules come from the app's one table (lib/money/currencies.ts), so the
// emulator and the app can never disagree on what an amount means.
export const ZERO_DECIMAL = ZERO_DECIMAL_CURRENCIES;
export const THREE_DECIMAL = THREE_DECIMAL_CURRENCIES;

/** Currencies the emulator accepts (a large subset of Stripe's list). */
export const SUPPORTED_CURRENCIES = new Set([
  "aed", "aud", "bgn", "brl", "cad", "chf", "clp", "cny", "czk", "dkk", "eur", "gbp", "hkd", "huf", "idr", "ils",
  "inr", "isk", "jpy", "krw", "mad", "mxn", "myr", "nok", "nzd", "php", "pln", "ron", "rsd", "sek", "sgd", "thb",
  "try", "twd", "uah", "usd", "vnd", "xaf", "xof", "zar", "bhd", "jod", "kwd", "omr", "tnd",
]);

/** Minimum charge amounts Stripe enforces (minor units; 0 where the table has none). */
export function minimumAmount(currency: string): number {
  return minimumCharge(currency) ?? 0;
}

export function decimalsOf(currency: string): number {
  return minorUnitDecimals(currency);
}

/** Emulated Stripe processing fee: 1.5 % + 25 minor units (rounded half up). */
export function processingFee(amount: number): number {
  return Math.round(amount * 0.015) + 25;
}

export function formatAmount(amount: number, currency: string, locale: "fr" | "en"): string {
  const d = decimalsOf(currency);
  try {
    return new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-US", {
      style: "currency",
      currency: currency.toUpperCase(),
      minimumFractionDigits: d,
      maximumFractionDigits: d,
    }).format(amount / 10 ** d);
  } catch {
    return `${(amount / 10 ** d).toFixed(d)} ${currency.toUpperCase()}`;
  }
}

/** Default settlement currency for an account country. */
export function currencyForCountry(country: string): string {
  const map: Record<string, string> = {
    US: "usd", GB: "gbp", CH: "chf", JP: "jpy", CA: "cad", AU: "aud", NZ: "nzd", SE: "sek", NO: "nok", DK: "dkk",
    PL: "pln", CZ: "czk", HU: "huf", RO: "ron", BG: "bgn", SG: "sgd", HK: "hkd", MX: "mxn", BR: "brl", IN: "inr",
  };
  return map[country.toUpperCase()] ?? "eur";
}
