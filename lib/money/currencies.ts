/**
 * Stripe's currency rules, in one table shared by the app and the Stripe emulator (so it imports
 * nothing and is not `server-only`). Amounts are integers in Stripe's minor unit of the currency,
 * which is NOT always ISO 4217's / Intl's: HUF and TWD are charged in hundredths at Stripe while
 * Intl shows them without decimals. Display still goes through Intl (lib/i18n/format.ts); only how
 * many minor units make one unit comes from here.
 * https://docs.stripe.com/currencies (zero-decimal, three-decimal, special cases, minimums)
 */

/** Currencies Stripe charges in whole units: 500 JPY is `500`. */
export const ZERO_DECIMAL_CURRENCIES: ReadonlySet<string> = new Set([
  "bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf",
]);

/** Charged in thousandths, but the last digit must be 0: 5.124 KWD cannot be charged, 5.120 (`5120`) can. */
export const THREE_DECIMAL_CURRENCIES: ReadonlySet<string> = new Set(["bhd", "jod", "kwd", "omr", "tnd"]);

/**
 * Two-decimal at Stripe, whole units in practice: Stripe pays HUF and TWD out in whole units only
 * (amounts divisible by 100) and Intl writes them without decimals, and ISK is zero-decimal kept
 * at two decimals for backward compatibility (amounts divisible by 100). The marketplace prices
 * these in whole units, so what a buyer sees is exactly what Stripe charges.
 */
export const WHOLE_UNIT_TWO_DECIMAL_CURRENCIES: ReadonlySet<string> = new Set(["huf", "isk", "twd"]);

/**
 * Stripe's minimum charge per currency, in minor units (its table; other currencies: about
 * 0.50 USD, which only Stripe can convert, so the app lets Stripe decide for them).
 */
const MINIMUM_CHARGE: Readonly<Record<string, number>> = {
  usd: 50, aed: 200, aud: 50, bgn: 100, brl: 50, cad: 50, chf: 50, czk: 1500, dkk: 250, eur: 50, gbp: 30, hkd: 400,
  huf: 17500, inr: 50, jpy: 50, mxn: 1000, myr: 200, nok: 300, nzd: 50, pln: 200, ron: 200, sek: 300, sgd: 50, thb: 1000,
};

/** Stripe's ceiling for one amount: eight digits of minor units ($999,999.99). */
export const MAX_CHARGE_MINOR = 99_999_999;
/** What the database's integer columns hold (Order.subtotalAmount and the like are 32-bit). */
export const MAX_INT32 = 2_147_483_647;

/** How many decimals Stripe's `amount` carries: 0 (JPY), 2 (EUR, HUF) or 3 (KWD). */
export function minorUnitDecimals(currency: string): number {
  const code = currency.toLowerCase();
  if (ZERO_DECIMAL_CURRENCIES.has(code)) return 0;
  if (THREE_DECIMAL_CURRENCIES.has(code)) return 3;
  return 2;
}

/** The smallest chargeable step in minor units: 1, 10 (three-decimal) or 100 (HUF, ISK, TWD). */
export function amountStep(currency: string): number {
  const code = currency.toLowerCase();
  if (THREE_DECIMAL_CURRENCIES.has(code)) return 10;
  if (WHOLE_UNIT_TWO_DECIMAL_CURRENCIES.has(code)) return 100;
  return 1;
}

/** How many decimals a person may type for a price: the minor unit's, less the step's zeros. */
export function inputDecimals(currency: string): number {
  return minorUnitDecimals(currency) - Math.round(Math.log10(amountStep(currency)));
}

/** Stripe's minimum charge in minor units, or null when the table does not know it. */
export function minimumCharge(currency: string): number | null {
  return MINIMUM_CHARGE[currency.toLowerCase()] ?? null;
}

/** Rounds an amount to the currency's step: "up" for what the platform takes, never above what it may. */
export function roundToStep(amount: number, currency: string, direction: "up" | "down" = "up"): number {
  const step = amountStep(currency);
  if (step === 1) return amount;
  return (direction === "up" ? Math.ceil(amount / step) : Math.floor(amount / step)) * step;
}

export type ChargeAmountProblem =
  | { code: "below_minimum"; minimum: number }
  | { code: "above_maximum"; maximum: number }
  | { code: "not_chargeable"; step: number };

/**
 * Whether Stripe will accept this total, checked before anything is written: at least the
 * currency's minimum, at most Stripe's maximum (which also keeps it inside 32-bit columns), and a
 * multiple of the currency's step. Null when it is fine.
 */
export function chargeAmountProblem(amount: number, currency: string): ChargeAmountProblem | null {
  if (!Number.isSafeInteger(amount) || amount > MAX_CHARGE_MINOR) return { code: "above_maximum", maximum: MAX_CHARGE_MINOR };
  const minimum = minimumCharge(currency);
  if (amount < (minimum ?? 1)) return { code: "below_minimum", minimum: minimum ?? 1 };
  const step = amountStep(currency);
  if (amount % step !== 0) return { code: "not_chargeable", step };
  return null;
}
