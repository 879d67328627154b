import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { OrderStatus } from "@/generated/prisma/enums";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import { AutoRefresh } from "./auto-refresh";

export type OrderSummaryData = {
  id: string;
  status: OrderStatus;
  subtotalAmount: number;
  /** Delivery paid on top of the goods (issue 15). */
  shippingAmount?: number;
  amountRefunded: number;
  currency: string;
  createdAt: Date;
  shop: { name: string };
  items: { id: string; name: string; unitAmount: number; quantity: number }[];
};

export const statusTones: Record<OrderStatus, BadgeTone> = {
  PENDING: "neutral",
  PROCESSING: "info",
  PAID: "success",
  FAILED: "danger",
  EXPIRED: "warning",
  CANCELED: "warning",
  REFUNDED: "neutral",
  PARTIALLY_REFUNDED: "info",
};

/** What the buyer sees of an order; it refreshes itself while the payment is settling. */
export function OrderSummary({ order, locale }: { order: OrderSummaryData; locale: Locale }) {
  const t = useTranslations();
  const settling = order.status === "PENDING" || order.status === "PROCESSING";
  const shipping = order.shippingAmount ?? 0;
  return (
    <article className="space-y-6 rounded-2xl border border-stone-200 bg-white p-6 sm:p-8">
      <header className="space-y-3">
        <Badge tone={statusTones[order.status]}>
          <span data-testid="order-status">{t(`orderStatus.${order.status}`)}</span>
        </Badge>
        <h1 className="text-2xl font-bold">{t(`checkout.order.headings.${order.status}`)}</h1>
        <p className="text-stone-600">{t(`checkout.order.explain.${order.status}`)}</p>
        {settling && <AutoRefresh label={t("checkout.order.refreshing")} />}
      </header>
      <dl className="grid gap-2 text-sm text-stone-600 sm:grid-cols-3">
        <dd>{t("checkout.order.number", { id: order.id.slice(-8).toUpperCase() })}</dd>
        <dd>{t("checkout.order.placedOn", { date: formatDate(order.createdAt, locale) })}</dd>
        <dd>{t("checkout.order.from", { shop: order.shop.name })}</dd>
      </dl>
      <section aria-label={t("checkout.order.items")}>
        <ul className="divide-y divide-stone-100 border-y border-stone-100">
          {order.items.map((item) => (
            <li key={item.id} className="flex items-center justify-between gap-4 py-3 text-sm">
              <span className="font-medium">{item.name}</span>
              <span className="text-stone-500">{t("checkout.order.quantity", { count: item.quantity })}</span>
              <span className="font-semibold">{formatMoney(item.unitAmount * item.quantity, order.currency, locale)}</span>
            </li>
          ))}
        </ul>
        {shipping > 0 && (
          <div className="mt-4 flex justify-between text-sm text-stone-600">
            <span>{t("shipping.fulfilment.shippingCost")}</span>
            <span data-testid="order-shipping">{formatMoney(shipping, order.currency, locale)}</span>
          </div>
        )}
        <div className="mt-4 flex justify-between text-base font-bold">
          <span>{t("checkout.order.total")}</span>
          <span data-testid="order-total">{formatMoney(order.subtotalAmount + shipping, order.currency, locale)}</span>
        </div>
        {order.amountRefunded > 0 && (
          <div className="mt-1 flex justify-between text-sm text-stone-600">
            <span>{t("checkout.order.refunded")}</span>
            <span>−{formatMoney(order.amountRefunded, order.currency, locale)}</span>
          </div>
        )}
      </section>
    </article>
  );
}
