import { getRequestConfig } from "next-intl/server";
import { defaultLocale, isLocale } from "./config";
import { formats } from "./formats";
import { messages } from "./messages";
import { onIntlError } from "./on-error";
import { businessTimeZone } from "./time-zone";

/**
 * next-intl's configuration for each request. The language is the internal `[locale]` segment
 * (proxy.ts rewrites every page there, from the language cookie, else Accept-Language): static
 * pages hand it over with `setRequestLocale`, dynamic ones through the header proxy.ts sets.
 */
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : defaultLocale;
  return {
    locale,
    messages: messages[locale],
    timeZone: businessTimeZone(),
    formats,
    onError: onIntlError,
  };
});
