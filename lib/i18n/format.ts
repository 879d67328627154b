import { minorUnitDecimals } from "@/lib/money/currencies";
import type { Locale } from "./config";

const intlLocale: Record<Locale, string> = { fr: "fr-FR", en: "en-GB" };

/**
 * Number of decimals of a currency's minor unit as Stripe counts them (0 for JPY, 2 for EUR and
 * HUF, 3 for KWD), from the one currency table: Intl says 0 for HUF, Stripe charges hundredths.
 */
export const currencyDecimals = minorUnitDecimals;

/** Formats an integer amount in Stripe's minor units (2450 eur -> "24,50 €" in French); Intl writes it. */
export function formatMoney(amountMinor: number, currency: string, locale: Locale): string {
  const decimals = currencyDecimals(currency);
  return new Intl.NumberFormat(intlLocale[locale], {
    style: "currency",
    currency: currency.toUpperCase(),
  }).format(amountMinor / 10 ** decimals);
}

export function formatDate(date: Date, locale: Locale, style: "short" | "long" = "short"): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    dateStyle: style === "short" ? "medium" : "long",
    ...(style === "long" ? { timeStyle: "short" } : {}),
  }).format(date);
}

/** Replaces {name} placeholders: interpolate("Bonjour {name}", { name: "Claire" }). */
export function interpolate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    key in values ? String(values[key]) : match,
  );
}
