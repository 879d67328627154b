import type { Formats } from "next-intl";

/**
 * Named formats shared by the server, the client and emails (next-intl's `format.dateTime(d, "short")`).
 * Dates are always written in the business time zone (BUSINESS_TIME_ZONE, see lib/i18n/time-zone.ts).
 */
export const formats = {
  dateTime: {
    short: { dateStyle: "medium" },
    long: { dateStyle: "long", timeStyle: "short" },
    day: { dateStyle: "long" },
    dayShort: { day: "numeric", month: "short" },
    month: { month: "long", year: "numeric" },
    precise: { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", second: "2-digit", timeZoneName: "short" },
  },
  number: {},
} satisfies Formats;

/** The Intl locale behind each interface language (en-GB: day-month dates, 24-hour clock). */
export const intlLocale = { fr: "fr-FR", en: "en-GB" } as const;
