import { getRequestConfig } from "next-intl/server";
import { defaultLocale, isLocale } from "./config";
import { formats } from "./formats";
import { messages } from "./messages";
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
    // A missing message is a bug: fail loudly in development and tests, show the key's path in production.
    onError(error) {
      if (process.env.NODE_ENV !== "production") throw error;
      console.error(error);
    },
  };
});
