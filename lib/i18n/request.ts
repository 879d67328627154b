import { getRequestConfig } from "next-intl/server";
import { formats } from "./formats";
import { messages } from "./messages";
import { getLocale } from "./server";
import { businessTimeZone } from "./time-zone";

/**
 * next-intl's configuration for each request (no locale in the URL): the language is decided by
 * getLocale (header switch cookie, then the user's saved preference, then Accept-Language).
 */
export default getRequestConfig(async () => {
  const locale = await getLocale();
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
