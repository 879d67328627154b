import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { statusTones } from "@/components/orders/order-summary";
import { RefundForm } from "@/components/seller/refund-form";
import { DeliveryDetails } from "@/components/shipping/delivery-details";
import { DisputeBanner } from "@/components/shipping/dispute-banner";
import { FulfilmentForm } from "@/components/shipping/fulfilment-form";
import { latestDispute } from "@/lib/disputes/queries";
import { refundOrderAction } from "./actions";
import { fulfilmentAction } from "./fulfilment-actions";
import { Badge } from "@/components/ui/badge";
import { requireRole } from "@/lib/auth/session";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { translateKnown } from "@/lib/i18n/translator";
import { refundFeePolicy } from "@/lib/orders/refunds";
import { findSellerShop } from "@/lib/products/seller-shop";
import { lostAmount } from "@/lib/disputes/figures";
import { getSellerOrder, sellerNet } from "@/lib/seller/orders";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("sellerOrders.title") };
}

export default async function SellerOrderPage({ params }: { params: Promise<{ orderId: string }> }) {
  const { orderId } = await params;
  const user = await requireRole("SELLER", `/seller/orders/${orderId}`);
  const shop = await findSellerShop(user.id);
  if (!shop) redirect("/seller/shops/new");
  const [order, { t, locale }, feePolicy, dispute] = await Promise.all([getSellerOrder(shop.id, orderId), getI18n(), refundFeePolicy(), latestDispute(orderId)]);
  if (!order) notFound();
  const canFulfil = order.requiresShipping && (order.status === "PAID" || order.status === "PARTIALLY_REFUNDED");
  const money = (amount: number) => formatMoney(amount, order.currency, locale);
  const refundable = order.subtotalAmount - order.amountRefunded;
  const canRefund = (order.status === "PAID" || order.status === "PARTIALLY_REFUNDED") && refundable > 0 && Boolean(order.paymentIntentId);
  const figures = [
    { label: t("sellerOrders.gross"), value: money(order.subtotalAmount), id: "gross" },
    ...(order.shippingAmount ? [{ label: t("shipping.fulfilment.shippingCost"), value: `+${money(order.shippingAmount)}`, id: "shipping" }] : []),
    { label: t("sellerOrders.fee"), value: `−${money(order.applicationFeeAmount)}`, id: "fee" },
    ...(order.amountRefunded ? [{ label: t("sellerOrders.refunded"), value: `−${money(order.amountRefunded)}`, id: "refunded" }] : []),
    ...(order.applicationFeeRefunded ? [{ label: t("sellerOrders.feeRefunded"), value: `+${money(order.applicationFeeRefunded)}`, id: "fee-refunded" }] : []),
    ...(lostAmount(order.disputes) ? [{ label: t("shipping.figures.lostToDisputes"), value: `−${money(lostAmount(order.disputes))}`, id: "lost-disputes" }] : []),
    { label: t("sellerOrders.net"), value: money(sellerNet(order)), id: "net" },
  ];

  return (
    <div className="space-y-6">
      <Link href="/seller/orders" className="text-sm text-brand-700 hover:underline">
        ← {t("sellerOrders.back")}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{t("sellerOrders.detailTitle", { id: order.id.slice(-8).toUpperCase() })}</h1>
        <Badge tone={statusTones[order.status]}>
          <span data-testid="seller-order-status">{t(`orderStatus.${order.status}`)}</span>
        </Badge>
      </div>
      {dispute && <DisputeBanner dispute={dispute} locale={locale} />}
      <div className="grid gap-6 lg:grid-cols-3">
        <section className="space-y-4 rounded-2xl border border-stone-200 bg-white p-6 lg:col-span-2">
          <h2 className="text-lg font-bold">{t("sellerOrders.items")}</h2>
          <ul className="divide-y divide-stone-100 text-sm">
            {order.items.map((item) => (
              <li key={item.id} className="flex justify-between py-2">
                <span>
                  {item.quantity} × {item.name}
                </span>
                <span className="font-medium">{money(item.unitAmount * item.quantity)}</span>
              </li>
            ))}
          </ul>
          <dl className="space-y-1 border-t border-stone-200 pt-4 text-sm">
            {figures.map((figure) => (
              <div key={figure.id} className="flex justify-between">
                <dt className="text-stone-600">{figure.label}</dt>
                <dd className={figure.id === "net" ? "font-bold" : ""} data-testid={`seller-order-${figure.id}`}>
                  {figure.value}
                </dd>
              </div>
            ))}
          </dl>
          <dl className="grid gap-2 border-t border-stone-200 pt-4 text-sm sm:grid-cols-2">
            <div>
              <dt className="text-stone-500">{t("sellerOrders.buyer")}</dt>
              <dd>{order.buyer?.email ?? order.guestEmail ?? t("sellerOrders.guest")}</dd>
            </div>
            <div>
              <dt className="text-stone-500">{t("sellerOrders.payment")}</dt>
              <dd className="font-mono text-xs">{order.paymentIntentId ?? "—"}</dd>
            </div>
            <div>
              <dt className="text-stone-500">{t("sellerOrders.columns.date")}</dt>
              <dd>{formatDate(order.createdAt, locale, "long")}</dd>
            </div>
          </dl>
        </section>
        <aside className="space-y-6">
          <section className="space-y-4 rounded-2xl border border-stone-200 bg-white p-6" aria-labelledby="delivery-title">
            <h2 id="delivery-title" className="text-lg font-bold">
              {t("shipping.fulfilment.title")}
            </h2>
            <DeliveryDetails order={order} locale={locale} />
            {canFulfil && <FulfilmentForm orderId={order.id} current={order.fulfilmentStatus} action={fulfilmentAction} />}
          </section>
          <section className="space-y-4 rounded-2xl border border-stone-200 bg-white p-6">
            <h2 className="text-lg font-bold">{t("sellerOrders.refundTitle")}</h2>
            {canRefund ? (
              <RefundForm orderId={order.id} maxLabel={money(refundable)} feePolicy={feePolicy} action={refundOrderAction} />
            ) : (
              <p className="text-sm text-stone-600">{t("sellerOrders.refundNotAvailable")}</p>
            )}
          </section>
          <section className="space-y-3 rounded-2xl border border-stone-200 bg-white p-6">
            <h2 className="text-lg font-bold">{t("sellerOrders.refundsTitle")}</h2>
            {order.refunds.length === 0 ? (
              <p className="text-sm text-stone-600">{t("sellerOrders.noRefunds")}</p>
            ) : (
              <ul className="space-y-2 text-sm">
                {order.refunds.map((refund) => {
                  const failed = refund.status === "failed" || refund.status === "canceled";
                  const statusLabel = translateKnown(t, `moneyStock.refunds.status.${refund.status}`, undefined, refund.status);
                  return (
                    <li key={refund.id} className="space-y-1" data-testid="seller-refund">
                      <div className="flex justify-between gap-2">
                        <span>
                          {formatDate(refund.createdAt, locale)} · <span className={failed ? "font-medium text-red-700" : "text-stone-500"}>{statusLabel}</span>
                        </span>
                        <span className={failed ? "font-medium text-stone-400 line-through" : "font-medium"}>−{money(refund.amount)}</span>
                      </div>
                      {failed && <p className="text-xs text-red-700">{t("moneyStock.refunds.failed")}</p>}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        </aside>
      </div>
    </div>
  );
}
