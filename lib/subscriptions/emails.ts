import type Stripe from "stripe";
import type { Prisma } from "@/generated/prisma/client";
import { renderEmail } from "@/lib/email/render";
import { getEnv } from "@/lib/env";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { formatDate, formatMoney, interpolate } from "@/lib/i18n/format";
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
  const t = messages[locale].subscriptions.emails;
  const amount = formatMoney(invoice.amount_due, invoice.currency, locale);
  const values = { shop: sub.shop.name, amount, date: formatDate(new Date(invoice.period_end * 1000), locale, "long") };
  const subject = interpolate(kind === "renewed" ? t.renewedSubject : t.failedSubject, values);
  await tx.emailMessage.createMany({
    data: [
      {
        dedupeKey: `subscription-${kind}:${invoice.id}`,
        kind: `subscription-${kind}`,
        to,
        subject,
        ...renderEmail({
          heading: subject,
          intro: interpolate(kind === "renewed" ? t.renewedText : t.failedText, values),
          lines: [],
          total: amount,
          cta: { label: messages[locale].subscriptions.account.title, url: `${getEnv().APP_URL}/account/subscriptions` },
          footer: messages[locale].checkout.email.footer,
        }),
      },
    ],
    skipDuplicates: true,
  });
}
