import { formatDate, formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import { useTranslations } from "next-intl";
import { isDeliveryAddress } from "@/lib/shipping/from-session";

export type DeliveryOrder = {
  requiresShipping: boolean;
  shippingAmount: number;
  shippingRateName: string | null;
  shippingName: string | null;
  shippingAddress: unknown;
  currency: string;
  fulfilmentStatus: string | null;
  carrier: string | null;
  trackingNumber: string | null;
  fulfilledAt: Date | null;
};

/** Where the order goes, what delivery cost, and where it is: for the seller and for the buyer. */
export function DeliveryDetails({ order, locale }: { order: DeliveryOrder; locale: Locale }) {
  const t = useTranslations("shipping.fulfilment");
  if (!order.requiresShipping) return <p className="text-sm text-stone-600">{t("noDelivery")}</p>;
  const a = isDeliveryAddress(order.shippingAddress) ? order.shippingAddress : null;
  const status = order.fulfilmentStatus as "SHIPPED" | "DELIVERED" | "READY_FOR_PICKUP" | null;
  const region = a?.country ? (new Intl.DisplayNames([locale], { type: "region" }).of(a.country) ?? a.country) : "";
  return (
    <div className="space-y-3 text-sm">
      <p data-testid="fulfilment-status" className="font-medium">
        {status ? t(status) : t("notShipped")}
        {order.fulfilledAt && status ? ` · ${formatDate(order.fulfilledAt, locale)}` : ""}
      </p>
      {order.fulfilmentStatus === "SHIPPED" && (
        <dl className="grid grid-cols-2 gap-2">
          <dt className="text-stone-500">{t("carrier")}</dt>
          <dd>{order.carrier}</dd>
          <dt className="text-stone-500">{t("trackingNumber")}</dt>
          <dd className="font-mono" data-testid="tracking-number">
            {order.trackingNumber}
          </dd>
        </dl>
      )}
      <div>
        <h3 className="text-stone-500">{t("deliveryAddress")}</h3>
        {a ? (
          <address className="not-italic" data-testid="delivery-address">
            {order.shippingName}
            <br />
            {a.line1}
            {a.line2 ? (
              <>
                <br />
                {a.line2}
              </>
            ) : null}
            <br />
            {a.postal_code} {a.city}
            <br />
            {region}
          </address>
        ) : (
          <p>—</p>
        )}
      </div>
      <p>
        <span className="text-stone-500">{t("shippingCost")} : </span>
        {order.shippingRateName ? `${order.shippingRateName} — ` : ""}
        {formatMoney(order.shippingAmount, order.currency, locale)}
      </p>
    </div>
  );
}
