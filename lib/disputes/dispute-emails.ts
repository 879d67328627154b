import type Stripe from "stripe";
import type { Prisma } from "@/generated/prisma/client";
import { getEnv } from "@/lib/env";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { formatMoney } from "@/lib/i18n/format";
import { shippingTranslator } from "@/lib/i18n/shipping-translator";
import { renderEmail } from "@/lib/email/render";
import { disputeSummary } from "./summary";

/** Tells the seller what changed in a dispute and what to do; one email per dispute and status (dedupe key). */
export async function enqueueDisputeEmail(tx: Prisma.TransactionClient, orderId: string, dispute: Stripe.Dispute): Promise<void> {
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { id: true, shop: { select: { owner: { select: { email: true, locale: true } } } } } });
  const locale: Locale = isLocale(order.shop.owner.locale) ? order.shop.owner.locale : "fr";
  const t = shippingTranslator(locale);
  const summary = disputeSummary({ status: dispute.status, reason: dispute.reason, amount: dispute.amount, currency: dispute.currency, evidenceDueBy: dispute.evidence_details?.due_by ? new Date(dispute.evidence_details.due_by * 1000) : null }, locale);
  await tx.emailMessage.createMany({
    data: [
      {
        dedupeKey: `dispute:${dispute.id}:${dispute.status}`,
        kind: "seller-dispute",
        orderId,
        to: order.shop.owner.email,
        subject: t("emails.disputeSubject", { order: order.id.slice(-8).toUpperCase(), status: t.has(`disputes.status.${dispute.status}` as "disputes.status.won") ? t(`disputes.status.${dispute.status}` as "disputes.status.won") : dispute.status }),
        ...renderEmail({
          heading: t("emails.disputeHeading"),
          intro: summary,
          lines: [],
          total: formatMoney(dispute.amount, dispute.currency, locale),
          cta: { label: t("emails.viewOrder"), url: `${getEnv().APP_URL}/seller/orders/${orderId}` },
          footer: t("emails.footer"),
        }),
      },
    ],
    skipDuplicates: true,
  });
}
