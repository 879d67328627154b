/**
 * Countries where a shop's Stripe connected account can be opened for direct charges, with the
 * currency Stripe settles in by default there. From Stripe's list of supported countries
 * (stripe.com/global); Brazil and India are left out because Stripe restricts them to local
 * platforms / invitations. Display names come from Intl.DisplayNames at render time.
 * Currencies are lower-case ISO 4217 codes, as Stripe writes them.
 */
export const CONNECT_COUNTRIES = {
  AE: "aed",
  AT: "eur",
  AU: "aud",
  BE: "eur",
  BG: "eur", // Bulgaria uses the euro since 1 January 2026.
  CA: "cad",
  CH: "chf",
  CY: "eur",
  CZ: "czk",
  DE: "eur",
  DK: "dkk",
  EE: "eur",
  ES: "eur",
  FI: "eur",
  FR: "eur",
  GB: "gbp",
  GI: "gbp",
  GR: "eur",
  HK: "hkd",
  HR: "eur",
  HU: "huf",
  IE: "eur",
  IT: "eur",
  JP: "jpy",
  LI: "chf",
  LT: "eur",
  LU: "eur",
  LV: "eur",
  MT: "eur",
  MX: "mxn",
  MY: "myr",
  NL: "eur",
  NO: "nok",
  NZ: "nzd",
  PL: "pln",
  PT: "eur",
  RO: "ron",
  SE: "sek",
  SG: "sgd",
  SI: "eur",
  SK: "eur",
  TH: "thb",
  US: "usd",
} as const satisfies Record<string, string>;

export type ConnectCountry = keyof typeof CONNECT_COUNTRIES;

export const SUPPORTED_COUNTRIES = Object.keys(CONNECT_COUNTRIES) as ConnectCountry[];

/**
 * Currencies a shop may price in: every supported country's settlement currency. A direct charge
 * in another currency than the account's default is converted by Stripe, so any of these works in
 * any supported country. Zero-decimal currencies (jpy) are included; amounts are minor units.
 */
export const SUPPORTED_CURRENCIES: readonly string[] = [...new Set<string>(Object.values(CONNECT_COUNTRIES))].sort();

export function isSupportedCountry(code: string): code is ConnectCountry {
  return Object.hasOwn(CONNECT_COUNTRIES, code);
}

export function isSupportedCurrency(code: string): boolean {
  return SUPPORTED_CURRENCIES.includes(code);
}

/** The settlement currency Stripe uses by default for an account in this country (undefined if unsupported). */
export function defaultCurrencyFor(country: string): string | undefined {
  return isSupportedCountry(country) ? CONNECT_COUNTRIES[country] : undefined;
}

export interface CountryOption {
  code: ConnectCountry;
  name: string;
  currency: string;
}

export interface CurrencyOption {
  code: string;
  name: string;
}

/** Countries with their names in the reader's language, sorted as that language sorts them. */
export function countryOptions(locale: string): CountryOption[] {
  const names = new Intl.DisplayNames([locale], { type: "region" });
  return SUPPORTED_COUNTRIES.map((code) => ({ code, name: names.of(code) ?? code, currency: CONNECT_COUNTRIES[code] }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** Currencies labelled "EUR — euro" in the reader's language, sorted by code. */
export function currencyOptions(locale: string): CurrencyOption[] {
  const names = new Intl.DisplayNames([locale], { type: "currency" });
  return SUPPORTED_CURRENCIES.map((code) => ({ code, name: names.of(code.toUpperCase()) ?? code.toUpperCase() }));
}
