import type { Locale } from "./config";

/** The Intl locale behind each interface language, as elsewhere in the app (en-GB: day/month/year). */
const intlLocale: Record<Locale, string> = { fr: "fr-FR", en: "en-GB" };

export type DatePart = "day" | "month" | "year";
export type DatePattern = { order: DatePart[]; separator: string };

/** The locale's own numeric short date pattern, read from Intl (fr and en-GB: day/month/year). */
export function datePattern(locale: Locale): DatePattern {
  const parts = new Intl.DateTimeFormat(intlLocale[locale], { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }).formatToParts(
    new Date(Date.UTC(2026, 1, 3)),
  );
  const order = parts.map((part) => part.type).filter((type): type is DatePart => type === "day" || type === "month" || type === "year");
  const separator = parts.find((part) => part.type === "literal")?.value ?? "/";
  return { order, separator };
}

/** "2026-02-03" → "03/02/2026" in the locale's pattern; "" for an empty or malformed ISO date. */
export function formatIsoDate(iso: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return "";
  const values: Record<DatePart, string> = { year: match[1]!, month: match[2]!, day: match[3]! };
  const { order, separator } = datePattern(locale);
  return order.map((part) => values[part]).join(separator);
}

/**
 * Reads a date typed in the locale's pattern ("3/2/2026", "03.02.2026" and "03-02-2026" are accepted
 * too, as is a pasted ISO "2026-02-03") and returns its ISO form "2026-02-03"; "" when the text is
 * empty; null when it is not a real calendar date (31/02/2026, 13th month, two-digit year…).
 */
export function parseLocalDate(text: string, locale: Locale): string | null {
  const trimmed = text.trim();
  if (trimmed === "") return "";
  let values: Record<DatePart, number>;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (iso) {
    values = { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  } else {
    const pieces = trimmed.split(/\s*[/.\-\s]\s*/);
    const { order } = datePattern(locale);
    if (pieces.length !== 3 || pieces.some((piece) => !/^\d+$/.test(piece))) return null;
    values = { day: 0, month: 0, year: 0 };
    for (const [index, part] of order.entries()) {
      const piece = pieces[index]!;
      if (part === "year" ? piece.length !== 4 : piece.length > 2) return null;
      values[part] = Number(piece);
    }
  }
  const { year, month, day } = values;
  if (year < 1 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
