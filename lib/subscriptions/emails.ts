import { createTranslator } from "next-intl";
import type Stripe from "stripe";
import type { Prisma } from "@/generated/prisma/client";
import { renderEmail } from "@/lib/email/render";
import { getEnv } from "@/lib/env";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { messages } from "@/lib/i18n/messages";

/**
 * The buyer's e-mail for a renewal or a failed payment, written to the outbox in the handler's
 * transaction; the dedupe key (kind + invoice) sends each once however often the event comes.
 */
export async function enqueueSubscriptionEmail(tx: Prisma.TransactionClient, kind: "renewed" | "failed", subscriptionId: string, invoice: Stripe.Invoice): Promise<void> {
  const sub = await tx.subscription.findUniqueOrThrow({
    where: { id: subscriptionId },
    include: { shop: { select: { name: true } }, buyer: { select: { email: true, locale: true } } },
  });
  const to = sub.buyer?.email ?? sub.email;
  if (!to) return;
  const locale: Locale = isLocale(sub.buyer?.locale) ? sub.buyer.locale : "fr";
  const t = createTranslator({ locale, messages: messages[locale], namespace: "subscriptions" });
  const amount = formatMoney(invoice.amount_due, invoice.currency, locale);
  const values = { shop: sub.shop.name, amount, date: formatDate(new Date(invoice.period_end * 1000), locale, "long") };
  const subject = t(kind === "renewed" ? "emails.renewedSubject" : "emails.failedSubject", values);
  await tx.emailMessage.createMany({
    data: [
      {
        dedupeKey: `subscription-${kind}:${invoice.id}`,
        kind: `subscription-${kind}`,
        to,
        subject,
        ...renderEmail({
          heading: subject,
          intro: t(kind === "renewed" ? "emails.renewedText" : "emails.failedText", values),
          lines: [],
          total: amount,
          cta: { label: t("account.title"), url: `${getEnv().APP_URL}/account/subscriptions` },
          footer: createTranslator({ locale, messages: messages[locale], namespace: "checkout.email" })("footer"),
        }),
      },
    ],
    skipDuplicates: true,
  });
}
