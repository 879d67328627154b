import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminTable, Th, tbodyClass, tdClass, theadClass } from "@/components/admin/admin-table";
import { OrderTimeline } from "@/components/admin/order-timeline";
import { statusTones } from "@/components/orders/order-summary";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/i18n/format";
import { adminMessages } from "@/lib/admin/messages";
import { buildTimeline, getAdminOrder } from "@/lib/admin/orders";
import { requireAdmin } from "@/lib/auth/session";
import { formatMoney, interpolate } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";

type Params = Promise<{ orderId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [{ locale }, { orderId }] = await Promise.all([getI18n(), params]);
  return { title: interpolate(adminMessages(locale).order.title, { id: orderId.slice(-8).toUpperCase() }) };
}

export default async function AdminOrderPage({ params }: { params: Params }) {
  await requireAdmin();
  const { orderId } = await params;
  const order = orderId.length <= 64 ? await getAdminOrder(orderId) : null;
  if (!order) notFound();
  const { locale, t: messages } = await getI18n();
  const t = adminMessages(locale);
  const to = t.order;
  const money = (amount: number) => formatMoney(amount, order.currency, locale);
  const timeline = buildTimeline(order, order.events, order.refunds);
  const mono = (value: string | null | undefined) => (value ? <span className="break-all font-mono text-xs">{value}</span> : <span className="text-stone-400">{t.common.none}</span>);

  const details: [string, ReactNode][] = [
    [to.fields.id, mono(order.id)],
    [to.fields.status, <Badge key="status" tone={statusTones[order.status]}>{messages.orderStatus[order.status]}</Badge>],
    [to.fields.shop, `${order.shop.name}`],
    [to.fields.buyer, order.buyer?.email ?? `${order.guestEmail ?? t.common.guest} (${t.common.guest})`],
    [to.fields.createdAt, formatDateTime(order.createdAt, locale)],
    [to.fields.paidAt, order.paidAt ? formatDateTime(order.paidAt, locale) : to.notPaid],
    [to.fields.subtotal, money(order.subtotalAmount)],
    [to.fields.fee, money(order.applicationFeeAmount)],
    [to.fields.feeRefunded, money(order.applicationFeeRefunded)],
    [to.fields.refunded, money(order.amountRefunded)],
    [to.fields.checkoutSession, mono(order.checkoutSessionId)],
    [to.fields.paymentIntent, mono(order.paymentIntentId)],
    [to.fields.account, mono(order.shop.stripeAccount?.stripeAccountId)],
    ...(order.failureReason ? ([[to.fields.failureReason, order.failureReason]] as [string, ReactNode][]) : []),
  ];

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <Link href="/admin/orders" className="text-sm font-medium text-brand-700 hover:underline">
          ← {to.back}
        </Link>
        <h1 className="text-2xl font-bold">{interpolate(to.title, { id: order.id.slice(-8).toUpperCase() })}</h1>
      </div>

      <div className="grid gap-8 lg:grid-cols-[1fr_1fr]">
        <section aria-labelledby="order-details" className="space-y-3 rounded-2xl border border-stone-200 bg-white p-5">
          <h2 id="order-details" className="text-lg font-semibold">
            {to.detailsTitle}
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
            {to.timelineTitle}
          </h2>
          <OrderTimeline items={timeline} currency={order.currency} t={to} statusLabels={messages.orderStatus} locale={locale} />
        </section>
      </div>

      <AdminTable caption={to.itemsCaption} minWidth="min-w-[560px]">
        <thead className={theadClass}>
          <tr>
            <Th>{to.itemColumns.product}</Th>
            <Th align="right">{to.itemColumns.unitPrice}</Th>
            <Th align="right">{to.itemColumns.quantity}</Th>
            <Th align="right">{to.itemColumns.total}</Th>
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
      </AdminTable>

      {order.refunds.length === 0 ? (
        <p className="text-sm text-stone-600">{to.noRefunds}</p>
      ) : (
        <AdminTable caption={to.refundsCaption} minWidth="min-w-[640px]">
          <thead className={theadClass}>
            <tr>
              <Th>{to.refundColumns.date}</Th>
              <Th align="right">{to.refundColumns.amount}</Th>
              <Th>{to.refundColumns.fee}</Th>
              <Th>{to.refundColumns.status}</Th>
              <Th>{to.refundColumns.stripeId}</Th>
            </tr>
          </thead>
          <tbody className={tbodyClass}>
            {order.refunds.map((refund) => (
              <tr key={refund.id}>
                <td className={tdClass}>{formatDateTime(refund.createdAt, locale)}</td>
                <td className={`${tdClass} text-right font-medium tabular-nums`}>{money(refund.amount)}</td>
                <td className={tdClass}>{refund.refundApplicationFee ? t.common.yes : t.common.no}</td>
                <td className={tdClass}>{refund.status}</td>
                <td className={tdClass}>{mono(refund.stripeRefundId)}</td>
              </tr>
            ))}
          </tbody>
        </AdminTable>
      )}
    </div>
  );
}
