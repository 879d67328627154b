import { getTranslations } from "next-intl/server";
import { messageTable, translateKnown } from "@/lib/i18n/translator";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DataTable, Th, tbodyClass, tdClass, theadClass } from "@/components/ui/data-table";
import { OrderTimeline } from "@/components/admin/order-timeline";
import { statusTones } from "@/components/orders/order-summary";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/i18n/format";
import { buildTimeline, getAdminOrder } from "@/lib/admin/orders";
import { requireAdmin } from "@/lib/auth/session";
import { formatMoney } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";

type Params = Promise<{ orderId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [t, { orderId }] = await Promise.all([getTranslations("adminArea.order"), params]);
  return { title: t("title", { id: orderId.slice(-8).toUpperCase() }) };
}

export default async function AdminOrderPage({ params }: { params: Params }) {
  await requireAdmin();
  const { orderId } = await params;
  const order = orderId.length <= 64 ? await getAdminOrder(orderId) : null;
  if (!order) notFound();
  const { locale, t: messages } = await getI18n();
  const t = await getTranslations("adminArea");
  const money = (amount: number) => formatMoney(amount, order.currency, locale);
  const timeline = buildTimeline(order, order.events, order.refunds);
  const mono = (value: string | null | undefined) => (value ? <span className="break-all font-mono text-xs">{value}</span> : <span className="text-stone-400">{t("common.none")}</span>);

  const details: [string, ReactNode][] = [
    [t("order.fields.id"), mono(order.id)],
    [t("order.fields.status"), <Badge key="status" tone={statusTones[order.status]}>{messages(`orderStatus.${order.status}`)}</Badge>],
    [t("order.fields.shop"), `${order.shop.name}`],
    [t("order.fields.buyer"), order.buyer?.email ?? `${order.guestEmail ?? t("common.guest")} (${t("common.guest")})`],
    [t("order.fields.createdAt"), formatDateTime(order.createdAt, locale)],
    [t("order.fields.paidAt"), order.paidAt ? formatDateTime(order.paidAt, locale) : t("order.notPaid")],
    [t("order.fields.subtotal"), money(order.subtotalAmount)],
    [t("order.fields.fee"), money(order.applicationFeeAmount)],
    [t("order.fields.feeRefunded"), money(order.applicationFeeRefunded)],
    [t("order.fields.refunded"), money(order.amountRefunded)],
    [t("order.fields.checkoutSession"), mono(order.checkoutSessionId)],
    [t("order.fields.paymentIntent"), mono(order.paymentIntentId)],
    [t("order.fields.account"), mono(order.shop.stripeAccount?.stripeAccountId)],
    ...(order.failureReason ? ([[t("order.fields.failureReason"), order.failureReason]] as [string, ReactNode][]) : []),
  ];

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <Link href="/admin/orders" className="text-sm font-medium text-brand-700 hover:underline">
          ← {t("order.back")}
        </Link>
        <h1 className="text-2xl font-bold">{t("order.title", { id: order.id.slice(-8).toUpperCase() })}</h1>
      </div>

      <div className="grid gap-8 lg:grid-cols-[1fr_1fr]">
        <section aria-labelledby="order-details" className="space-y-3 rounded-2xl border border-stone-200 bg-white p-5">
          <h2 id="order-details" className="text-lg font-semibold">
            {t("order.detailsTitle")}
          </h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            {details.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-stone-500">{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </section>

        <section aria-labelledby="order-timeline" className="space-y-3 rounded-2xl border border-stone-200 bg-white p-5">
          <h2 id="order-timeline" className="text-lg font-semibold">
            {t("order.timelineTitle")}
          </h2>
          <OrderTimeline items={timeline} currency={order.currency} statusLabels={messageTable(messages, "orderStatus")} locale={locale} />
        </section>
      </div>

      <DataTable caption={t("order.itemsCaption")} minWidth="min-w-[560px]">
        <thead className={theadClass}>
          <tr>
            <Th>{t("order.itemColumns.product")}</Th>
            <Th align="right">{t("order.itemColumns.unitPrice")}</Th>
            <Th align="right">{t("order.itemColumns.quantity")}</Th>
            <Th align="right">{t("order.itemColumns.total")}</Th>
          </tr>
        </thead>
        <tbody className={tbodyClass}>
          {order.items.map((item) => (
            <tr key={item.id}>
              <th scope="row" className={`${tdClass} text-left font-medium`}>
                {item.name}
              </th>
              <td className={`${tdClass} text-right tabular-nums`}>{money(item.unitAmount)}</td>
              <td className={`${tdClass} text-right tabular-nums`}>{item.quantity}</td>
              <td className={`${tdClass} text-right font-medium tabular-nums`}>{money(item.unitAmount * item.quantity)}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>

      {order.refunds.length === 0 ? (
        <p className="text-sm text-stone-600">{t("order.noRefunds")}</p>
      ) : (
        <DataTable caption={t("order.refundsCaption")} minWidth="min-w-[640px]">
          <thead className={theadClass}>
            <tr>
              <Th>{t("order.refundColumns.date")}</Th>
              <Th align="right">{t("order.refundColumns.amount")}</Th>
              <Th>{t("order.refundColumns.fee")}</Th>
              <Th>{t("order.refundColumns.status")}</Th>
              <Th>{t("order.refundColumns.stripeId")}</Th>
            </tr>
          </thead>
          <tbody className={tbodyClass}>
            {order.refunds.map((refund) => (
              <tr key={refund.id}>
                <td className={tdClass}>{formatDateTime(refund.createdAt, locale)}</td>
                <td className={`${tdClass} text-right font-medium tabular-nums`}>{money(refund.amount)}</td>
                <td className={tdClass}>{refund.refundApplicationFee ? t("common.yes") : t("common.no")}</td>
                <td className={tdClass}>{translateKnown(t, `order.refundStatus.${refund.status}`, undefined, refund.status)}</td>
                <td className={tdClass}>{mono(refund.stripeRefundId)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </div>
  );
}
