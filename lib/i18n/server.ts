import "server-only";
import { getLocale as intlLocale, getTranslations } from "next-intl/server";
import { defaultLocale, isLocale, type Locale } from "./config";

/**
 * The reader's language: the internal `[locale]` segment proxy.ts rewrote the request to (from the
 * language cookie, else Accept-Language). Static pages set it with `setRequestLocale`; dynamic
 * ones read it from the header proxy.ts adds, through next-intl.
 */
export async function getLocale(): Promise<Locale> {
  const locale = await intlLocale();
  return isLocale(locale) ? locale : defaultLocale;
}

/** The language and next-intl's translator for the whole message tree, in one call. */
export async function getI18n() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations()]);
  return { locale, t };
}
