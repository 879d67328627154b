import type { Prisma } from "@/generated/prisma/client";
import { getEnv } from "@/lib/env";
import { createTranslator } from "next-intl";
import { formatMoney } from "@/lib/i18n/format";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import { renderEmail } from "./render";

/**
 * The buyer's confirmation and the seller's new-order notice, written to the outbox in the same
 * transaction that marks the order paid. Their dedupe keys make each go out once, whichever path
 * (webhook, success page, reconciliation) got there first.
 */
export async function enqueueOrderPaidEmails(tx: Prisma.TransactionClient, orderId: string): Promise<void> {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    include: {
      items: true,
      buyer: { select: { email: true, name: true } },
      shop: { select: { name: true, owner: { select: { email: true, locale: true } } } },
    },
  });
  const appUrl = getEnv().APP_URL;
  const buyerEmail = order.buyer?.email ?? order.guestEmail;
  const rows: Prisma.EmailMessageCreateManyInput[] = [];

  if (buyerEmail) {
    const locale = order.locale;
    const t = createTranslator({ locale, messages: messages[locale], namespace: "checkout.email" });
    const lines = order.items.map((item) => `${item.quantity} × ${item.name} — ${formatMoney(item.unitAmount * item.quantity, order.currency, locale)}`);
    // What the buyer paid: the goods and the delivery (issue 15).
    const total = formatMoney(order.subtotalAmount + order.shippingAmount, order.currency, locale);
    const link = order.checkoutSessionId ? `${appUrl}/checkout/success?session_id=${order.checkoutSessionId}` : `${appUrl}/account`;
    rows.push({
      dedupeKey: `order-confirmation:${order.id}`,
      kind: "order-confirmation",
      orderId: order.id,
      to: buyerEmail,
      subject: t("confirmationSubject", { shop: order.shop.name }),
      ...renderEmail({
        heading: t("confirmationHeading"),
        intro: t("confirmationIntro", { shop: order.shop.name }),
        lines,
        total: t("total", { total }),
        cta: { label: t("viewOrder"), url: link },
        footer: t("footer"),
      }),
    });
  }

  const sellerLocale: Locale = isLocale(order.shop.owner.locale) ? order.shop.owner.locale : "fr";
  const ts = createTranslator({ locale: sellerLocale, messages: messages[sellerLocale], namespace: "checkout.email" });
  // The seller's account received the goods and the delivery; the platform's fee comes off.
  const gross = order.subtotalAmount + order.shippingAmount;
  const net = gross - order.applicationFeeAmount;
  rows.push({
    dedupeKey: `seller-new-order:${order.id}`,
    kind: "seller-new-order",
    orderId: order.id,
    to: order.shop.owner.email,
    subject: ts("sellerSubject", { total: formatMoney(gross, order.currency, sellerLocale) }),
    ...renderEmail({
      heading: ts("sellerHeading"),
      intro: ts("sellerIntro", { shop: order.shop.name }),
      lines: order.items.map((item) => `${item.quantity} × ${item.name}`),
      total: ts("sellerNet", {
        gross: formatMoney(gross, order.currency, sellerLocale),
        fee: formatMoney(order.applicationFeeAmount, order.currency, sellerLocale),
        net: formatMoney(net, order.currency, sellerLocale),
      }),
      cta: { label: ts("viewSellerOrder"), url: `${appUrl}/seller/orders/${order.id}` },
      footer: ts("footer"),
    }),
  });

  await tx.emailMessage.createMany({ data: rows, skipDuplicates: true });
}
