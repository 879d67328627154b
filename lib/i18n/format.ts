import type { Locale } from "./config";

const intlLocale: Record<Locale, string> = { fr: "fr-FR", en: "en-GB" };

/** Number of decimals of a currency's minor unit (0 for JPY, 2 for EUR), as Intl knows it. */
export function currencyDecimals(currency: string): number {
  return new Intl.NumberFormat("en", { style: "currency", currency: currency.toUpperCase() }).resolvedOptions()
    .maximumFractionDigits ?? 2;
}

/** Formats an integer amount in minor units (2450 eur -> "24,50 €" in French). */
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
