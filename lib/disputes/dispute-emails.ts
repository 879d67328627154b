import type Stripe from "stripe";
import type { Prisma } from "@/generated/prisma/client";
import { getEnv } from "@/lib/env";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { formatMoney, interpolate } from "@/lib/i18n/format";
import { shippingMessages } from "@/lib/i18n/messages/shipping";
import { renderEmail } from "@/lib/email/render";
import { disputeSummary } from "./summary";

/** Tells the seller what changed in a dispute and what to do; one email per dispute and status (dedupe key). */
export async function enqueueDisputeEmail(tx: Prisma.TransactionClient, orderId: string, dispute: Stripe.Dispute): Promise<void> {
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { id: true, shop: { select: { owner: { select: { email: true, locale: true } } } } } });
  const locale: Locale = isLocale(order.shop.owner.locale) ? order.shop.owner.locale : "fr";
  const t = shippingMessages[locale].emails;
  const summary = disputeSummary({ status: dispute.status, reason: dispute.reason, amount: dispute.amount, currency: dispute.currency, evidenceDueBy: dispute.evidence_details?.due_by ? new Date(dispute.evidence_details.due_by * 1000) : null }, locale);
  await tx.emailMessage.createMany({
    data: [
      {
        dedupeKey: `dispute:${dispute.id}:${dispute.status}`,
        kind: "seller-dispute",
        orderId,
        to: order.shop.owner.email,
        subject: interpolate(t.disputeSubject, { order: order.id.slice(-8), status: dispute.status }),
        ...renderEmail({
          heading: t.disputeHeading,
          intro: summary,
          lines: [],
          total: formatMoney(dispute.amount, dispute.currency, locale),
          cta: { label: t.viewOrder, url: `${getEnv().APP_URL}/seller/orders/${orderId}` },
          footer: t.footer,
        }),
      },
    ],
    skipDuplicates: true,
  });
}
