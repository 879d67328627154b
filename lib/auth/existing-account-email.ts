import { createTranslator } from "next-intl";
import { db } from "@/lib/db";
import { renderEmail } from "@/lib/email/render";
import { getEnv } from "@/lib/env";
import { isLocale } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";

const HOUR_MS = 60 * 60 * 1000;

/**
 * Tells an account's owner that someone tried to sign up with their address, through the email
 * outbox. At most one such email per account and hour (the dedupe key), however often it is tried.
 */
export async function enqueueExistingAccountEmail(email: string, now = new Date()): Promise<void> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, locale: true } });
  if (!user) return;
  const locale = isLocale(user.locale) ? user.locale : "fr";
  const t = createTranslator({ locale, messages: messages[locale], namespace: "security.existingAccountEmail" });
  const signInUrl = new URL("/signin", getEnv().APP_URL).toString();
  const dedupeKey = `signup-existing-account:${user.id}:${Math.floor(now.getTime() / HOUR_MS)}`;
  await db.emailMessage.createMany({
    data: [
      {
        dedupeKey,
        kind: "signup-existing-account",
        to: user.email,
        subject: t("subject"),
        ...renderEmail({ heading: t("heading"), intro: t("intro"), lines: [], total: "", cta: { label: t("cta"), url: signInUrl }, footer: t("footer") }),
      },
    ],
    skipDuplicates: true,
  });
}
