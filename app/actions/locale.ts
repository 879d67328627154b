"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db";
import { getCurrentUser } from "@/lib/auth/session";
import { rememberLocale } from "@/lib/auth/remember-locale";
import { locales } from "@/lib/i18n/config";
import { safeCallbackPath } from "@/lib/safe-redirect";

const setLocaleSchema = z.object({ locale: z.enum(locales) });

/**
 * The header's language switch: remembered in a cookie, and on the account when signed in. The
 * page is then requested again (same URL): proxy.ts rewrites it to the new language's pages.
 */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const parsed = setLocaleSchema.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  const { locale } = parsed.data;
  await rememberLocale(locale);
  const user = await getCurrentUser();
  if (user) await db.user.update({ where: { id: user.id }, data: { locale } });
  // Back to the page the switch was on (same origin only), which the new cookie now renders in this language.
  redirect(safeCallbackPath((await headers()).get("referer"), "/"));
}
