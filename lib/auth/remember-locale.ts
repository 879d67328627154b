import { cookies } from "next/headers";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/config";
import { logger } from "@/lib/logger";

/**
 * The language cookie, which alone decides the pages' language (proxy.ts), so none needs the session
 * to know it: set by the header's switch, and at sign-in from the user's saved language unless the
 * switch already chose one on this browser (the order the language was decided in before: switch,
 * then saved preference, then Accept-Language). At sign-in this runs inside next-auth's route
 * handler, where Next adds cookies set this way to the response.
 */
export async function rememberLocale(locale: string | null | undefined, { keepChosen = false } = {}): Promise<void> {
  if (!isLocale(locale)) return;
  try {
    const store = await cookies();
    // At sign-in, a language this browser's reader already picked with the switch still wins.
    if (keepChosen && isLocale(store.get(LOCALE_COOKIE)?.value)) return;
    store.set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax" });
  } catch (error) {
    // Outside a request (tests calling the callback directly): the language stays as it was.
    logger.warn("language cookie not set at sign-in", { error });
  }
}
