import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OrderSummary } from "@/components/orders/order-summary";
import { DeliveryDetails } from "@/components/shipping/delivery-details";
import { ButtonLink } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { findBuyerOrder } from "@/lib/orders/queries";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("checkout.order.title") };
}

export default async function BuyerOrderPage({ params }: { params: Promise<{ orderId: string }> }) {
  const { orderId } = await params;
  const user = await requireUser(`/orders/${orderId}`);
  const [order, { t, locale }] = await Promise.all([findBuyerOrder(user.id, orderId), getI18n()]);
  if (!order) notFound();
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <OrderSummary order={order} locale={locale} />
      {order.requiresShipping && (
        <section className="space-y-3 rounded-2xl border border-stone-200 bg-white p-6" aria-labelledby="delivery-title">
          <h2 id="delivery-title" className="text-lg font-bold">
            {t("shipping.fulfilment.title")}
          </h2>
          <DeliveryDetails order={order} locale={locale} />
        </section>
      )}
      <ButtonLink href="/account" variant="secondary">
        {t("checkout.order.myOrders")}
      </ButtonLink>
    </div>
  );
}
