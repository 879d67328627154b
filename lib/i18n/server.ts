import "server-only";
import { IntlMessageFormat } from "intl-messageformat";
import { _createCache, _createIntlFormatters, createTranslator, type Messages } from "next-intl";
import { getLocale as intlLocale } from "next-intl/server";
import { defaultLocale, isLocale, type Locale } from "./config";
import { formats } from "./formats";
import { messages } from "./messages";
import { onIntlError } from "./on-error";
import { businessTimeZone } from "./time-zone";

/**
 * The reader's language: the internal `[locale]` segment proxy.ts rewrote the request to (from the
 * language cookie, else Accept-Language). Static pages set it with `setRequestLocale`; dynamic
 * ones read it from the header proxy.ts adds, through next-intl.
 */
export async function getLocale(): Promise<Locale> {
  const locale = await intlLocale();
  return isLocale(locale) ? locale : defaultLocale;
}

type ServerTranslator = ReturnType<typeof createTranslator<Messages>>;
type Values = Record<string, string | number>;
const translators = new Map<Locale, ServerTranslator>();

/** Values a compiled message formats as they are: no rich-text tags, no dates (next-intl's job). */
const isPlain = (values: unknown): values is Values =>
  typeof values === "object" && values !== null && Object.values(values).every((value) => typeof value === "string" || typeof value === "number");

/**
 * A language's translator for the whole message tree, kept for the process, so that server
 * components translate at the cost of formatting alone. next-intl's own (`getTranslations`) starts
 * new caches on every request, and even with a cache it rebuilds and serialises the formats for
 * each call to find the compiled message: on the cart page that was a tenth of the render. Here a
 * message with plain values is compiled once by intl-messageformat (the library next-intl uses)
 * and kept by key; anything else (rich text, raw, has, errors) goes to next-intl's translator, made
 * with the same messages, formats and time zone. Bounded: one per language, one compiled message
 * per key used (messages carry no date or number formats, which next-intl would handle).
 */
export function translatorFor(locale: Locale): ServerTranslator {
  let t = translators.get(locale);
  if (!t) {
    const cache = _createCache();
    const formatters = _createIntlFormatters(cache);
    const base = createTranslator({ locale, messages: messages[locale] as Messages, formats, timeZone: businessTimeZone(), onError: onIntlError, _cache: cache, _formatters: formatters });
    // next-intl's translator, called as it is called (its typed keys and values are checked at our call sites).
    const fallback = base as unknown as (...args: unknown[]) => string;
    const compiled = new Map<string, IntlMessageFormat | null>();
    const compile = (key: string): IntlMessageFormat | null => {
      const message: unknown = base.has(key as never) ? base.raw(key as never) : undefined;
      return typeof message === "string" ? new IntlMessageFormat(message, locale, undefined, { formatters }) : null;
    };
    const translate = (key: string, values?: unknown, ...rest: unknown[]): string => {
      if (!isPlain(values) || rest.length > 0) return fallback(key, values, ...rest);
      let format = compiled.get(key);
      if (format === undefined) compiled.set(key, (format = compile(key)));
      let text: unknown;
      try {
        text = format?.format<string>(values);
      } catch {
        // A value the message lacks: next-intl reports it below, as for a missing key.
      }
      return typeof text === "string" ? text : fallback(key, values);
    };
    t = Object.assign(translate, { rich: base.rich, markup: base.markup, raw: base.raw, has: base.has }) as ServerTranslator;
    translators.set(locale, t);
  }
  return t;
}

/** The language and its translator for the whole message tree, in one call. */
export async function getI18n() {
  const locale = await getLocale();
  return { locale, t: translatorFor(locale) };
}
