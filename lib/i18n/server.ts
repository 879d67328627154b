import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "./config";

/**
 * The reader's language: the switch in the header (a cookie) wins, then the signed-in user's
 * saved preference, then the browser's Accept-Language.
 */
export const getLocale = cache(async (): Promise<Locale> => {
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  const user = await getCurrentUser();
  if (isLocale(user?.locale)) return user.locale;
  return negotiateLocale((await headers()).get("accept-language"));
});

/** The language and next-intl's translator for the whole message tree, in one call. */
export async function getI18n() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations()]);
  return { locale, t };
}
