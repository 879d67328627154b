import type { Locale } from "@/lib/i18n/config";
import type { Change } from "./period";

const intlLocale: Record<Locale, string> = { fr: "fr-FR", en: "en-GB" };

export type ChangeDisplay = { text: string; direction: "up" | "down" | "flat" | "new" | "none" };

/** "+12,5 %", "−3 %", "0 %", or the words for "new" and "none". */
export function formatChange(change: Change, locale: Locale, words: { new: string; none: string }): ChangeDisplay {
  if (change.kind === "new") return { text: words.new, direction: "new" };
  if (change.kind === "none") return { text: words.none, direction: "none" };
  const text = new Intl.NumberFormat(intlLocale[locale], {
    style: "percent",
    maximumFractionDigits: 1,
    signDisplay: "exceptZero",
  }).format(change.value / 100);
  const direction = Math.abs(change.value) < 0.05 ? "flat" : change.value > 0 ? "up" : "down";
  return { text, direction };
}

export function formatCount(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale]).format(value);
}
