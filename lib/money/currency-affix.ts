import type { Locale } from "@/lib/i18n/config";

const intlLocale: Record<Locale, string> = { fr: "fr-FR", en: "en-GB" };

export interface CurrencyAffix {
  /** What formatMoney writes for the currency ("€", "CHF", "JP¥"). */
  symbol: string;
  /** Upper-case ISO code ("EUR"). */
  code: string;
  /** Where the locale puts the symbol: "24,50 €" in French, "€24.50" in English. */
  position: "prefix" | "suffix";
}

/** The currency sign a price field shows next to the amount, placed as the locale writes it. */
export function currencyAffix(currency: string, locale: Locale): CurrencyAffix {
  const code = currency.toUpperCase();
  const parts = new Intl.NumberFormat(intlLocale[locale], { style: "currency", currency: code }).formatToParts(1);
  const symbolIndex = parts.findIndex((part) => part.type === "currency");
  const numberIndex = parts.findIndex((part) => part.type === "integer");
  return {
    symbol: parts[symbolIndex]?.value ?? code,
    code,
    position: symbolIndex !== -1 && symbolIndex > numberIndex ? "suffix" : "prefix",
  };
}
