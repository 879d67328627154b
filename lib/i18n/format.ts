import { createFormatter } from "next-intl";
import { minorUnitDecimals } from "@/lib/money/currencies";
import type { Locale } from "./config";
import { formats, intlLocale } from "./formats";
import { businessTimeZone } from "./time-zone";

/**
 * next-intl's formatter for a language, in the business time zone, with the shared named formats.
 * Components can use `getFormatter()` / `useFormatter()` (same configuration, from the request);
 * these helpers serve code that is handed a locale (emails, CSV, helpers shared by both sides).
 */
export function formatterFor(locale: Locale) {
  const timeZone = businessTimeZone();
  const key = `${locale} ${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = createFormatter({ locale: intlLocale[locale] as Locale, timeZone, formats });
    formatters.set(key, formatter);
  }
  return formatter;
}

// One formatter per language (and zone), kept for the process: each keeps the Intl objects it made
// (one NumberFormat per currency, one DateTimeFormat per named format), so a page of 24 prices no
// longer builds 24 NumberFormats, each a native ICU object that V8 frees only on a late collection.
// Bounded: two languages, one zone.
const formatters = new Map<string, ReturnType<typeof createFormatter>>();

/**
 * Number of decimals of a currency's minor unit as Stripe counts them (0 for JPY, 2 for EUR and
 * HUF, 3 for KWD), from the one currency table: Intl says 0 for HUF, Stripe charges hundredths.
 */
export const currencyDecimals = minorUnitDecimals;

/** Formats an integer amount in Stripe's minor units (2450 eur -> "24,50 €" in French); Intl writes it. */
export function formatMoney(amountMinor: number, currency: string, locale: Locale): string {
  return formatterFor(locale).number(amountMinor / 10 ** currencyDecimals(currency), {
    style: "currency",
    currency: currency.toUpperCase(),
  });
}

/** A date ("9 mars 2026"), or with "long" the date and time, in the business time zone. */
export function formatDate(date: Date, locale: Locale, style: "short" | "long" = "short"): string {
  return formatterFor(locale).dateTime(date, style);
}

/** Date and time to the second, with the zone's name, for events and syncs (admin). */
export function formatDateTime(date: Date, locale: Locale): string {
  return formatterFor(locale).dateTime(date, "precise");
}

/** A calendar day of the business time zone: "9 mars 2026", or "9 mars" with "short". */
export function formatDay(date: Date, locale: Locale, style: "long" | "short" = "long"): string {
  return formatterFor(locale).dateTime(date, style === "long" ? "day" : "dayShort");
}

export function formatMonth(date: Date, locale: Locale): string {
  return formatterFor(locale).dateTime(date, "month");
}
