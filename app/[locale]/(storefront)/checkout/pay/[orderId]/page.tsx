import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { DeliveryAddressForm } from "@/components/checkout/delivery-address-form";
import { EmbeddedCheckoutForm } from "@/components/checkout/embedded-checkout-form";
import { PaymentElementForm } from "@/components/checkout/payment-element-form";
import { OrderSummary } from "@/components/orders/order-summary";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/auth/session";
import { getCurrentCartId } from "@/lib/cart/current";
import { fulfilPaymentIntent } from "@/lib/checkout/payment-intent-outcome";
import { getEnv } from "@/lib/env";
import { formatMoney } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { logger } from "@/lib/logger";
import { findOrderForPayment } from "@/lib/orders/queries";
import { isDeliveryAddress } from "@/lib/shipping/from-session";
import { getStripe } from "@/lib/stripe";
import { saveDeliveryAddressAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("onSitePayments.pay.title"), robots: { index: false } };
}

const orderIdSchema = z.string().regex(/^[a-z0-9]{10,64}$/);

/** The buyer's order, only for the cart (or account) it came from. */
async function ownOrder(orderId: string) {
  const [order, cartId, user] = await Promise.all([findOrderForPayment(orderId), getCurrentCartId(), getCurrentUser()]);
  if (!order) return null;
  const own = (order.cartId !== null && order.cartId === cartId) || (order.buyerId !== null && order.buyerId === user?.id);
  return own ? order : null;
}

/**
 * Our payment page for one order: embedded Checkout or the Payment Element, as the attempt was
 * started. Each visit (and each refresh while a SEPA payment settles) re-reads the order's
 * PaymentIntent through the same fulfilment as the webhook, so the page shows the truth first.
 */
export default async function PayPage({ params, searchParams }: { params: Promise<{ orderId: string }>; searchParams: Promise<{ address?: string }> }) {
  const parsed = orderIdSchema.safeParse((await params).orderId);
  if (!parsed.success) notFound();
  let order = await ownOrder(parsed.data);
  const accountId = order?.shop.stripeAccount?.stripeAccountId;
  if (!order || !accountId || order.paymentExperience === "hosted") notFound();
  const { t, locale } = await getI18n();

  let syncFailed = false;
  if (order.paymentIntentId && (order.status === "PENDING" || order.status === "PROCESSING") && order.paymentExperience === "payment_element") {
    try {
      const result = await fulfilPaymentIntent(order.paymentIntentId, accountId, { page: "success" });
      // Its emails are written to the outbox with the order; a worker sends them.
      if (result?.changed) order = (await findOrderForPayment(order.id))!;
    } catch (error) {
      syncFailed = true;
      logger.warn("payment page could not re-read the payment intent", { orderId: order.id, error });
    }
  }

  if (order.status !== "PENDING") {
    return (
      <div className="mx-auto max-w-2xl space-y-6">
        {syncFailed && <Alert tone="warning">{t("checkout.order.syncProblem")}</Alert>}
        {order.status === "PAID" && <Alert tone="success">{t("onSitePayments.pay.paid")}</Alert>}
        {order.status !== "PAID" && order.status !== "PROCESSING" && <Alert tone="warning">{t("onSitePayments.pay.closed")}</Alert>}
        <OrderSummary order={order} locale={locale} />
        <ButtonLink href={order.status === "PAID" || order.status === "PROCESSING" ? "/" : "/cart"}>
          {order.status === "PAID" || order.status === "PROCESSING" ? t("checkout.order.continueShopping") : t("onSitePayments.pay.backToCart")}
        </ButtonLink>
      </div>
    );
  }

  const publishableKey = getEnv().STRIPE_PUBLISHABLE_KEY;
  let clientSecret: string | null = null;
  if (order.paymentExperience === "embedded" && order.checkoutSessionId) {
    const session = await getStripe()
      .checkout.sessions.retrieve(order.checkoutSessionId, {}, { stripeAccount: accountId })
      .catch((error: unknown) => {
        logger.warn("embedded checkout session could not be read", { orderId: order!.id, error });
        return null;
      });
    clientSecret = session?.status === "open" ? session.client_secret : null;
  }
  // What the buyer pays: the goods and the shipping the server decided when the attempt started.
  const total = formatMoney(order.subtotalAmount + order.shippingAmount, order.currency, locale);
  // Physical goods paid with the Payment Element: the delivery address first (our own form), changeable until the PaymentIntent exists.
  const address = isDeliveryAddress(order.shippingAddress) ? order.shippingAddress : null;
  const canEditAddress = !order.paymentIntentId;
  const askAddress = order.paymentExperience === "payment_element" && order.requiresShipping && (!address || ((await searchParams).address === "edit" && canEditAddress));
  const regions = new Intl.DisplayNames([locale], { type: "region" });

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("onSitePayments.pay.title")}</h1>
        <p className="text-sm text-stone-600">{t("onSitePayments.pay.orderFor", { shop: order.shop.name })}</p>
        <p className="flex gap-2 text-lg">
          <span>{t("onSitePayments.pay.total")}</span>
          <span className="font-semibold">{total}</span>
        </p>
      </div>
      {!publishableKey || (order.paymentExperience === "embedded" && !clientSecret) ? (
        <div className="space-y-3">
          <Alert tone="error">{t("onSitePayments.pay.loadFailed")}</Alert>
          <ButtonLink href="/cart">{t("onSitePayments.pay.backToCart")}</ButtonLink>
        </div>
      ) : order.paymentExperience === "embedded" ? (
        <EmbeddedCheckoutForm publishableKey={publishableKey} stripeAccount={accountId} locale={locale} clientSecret={clientSecret!} />
      ) : askAddress ? (
        <DeliveryAddressForm
          action={saveDeliveryAddressAction.bind(null, order.id)}
          countries={order.shippingCountries.map((code) => ({ code, name: regions.of(code) ?? code }))}
          initial={{
            name: order.shippingName ?? "",
            line1: address?.line1 ?? "",
            line2: address?.line2 ?? "",
            postalCode: address?.postal_code ?? "",
            city: address?.city ?? "",
            country: address?.country ?? "",
          }}
        />
      ) : (
        <>
          {address && (
            <section aria-labelledby="delivery-summary" className="space-y-1 rounded-xl border border-stone-200 bg-white p-4 text-sm">
              <h2 id="delivery-summary" className="font-semibold">
                {t("shipping.address.title")}
              </h2>
              <address className="not-italic" data-testid="pay-delivery-address">
                {order.shippingName}, {address.line1}
                {address.line2 ? `, ${address.line2}` : ""}, {address.postal_code} {address.city}, {address.country ? (regions.of(address.country) ?? address.country) : ""}
              </address>
              <p>
                {order.shippingRateName} · {formatMoney(order.shippingAmount, order.currency, locale)}
              </p>
              {canEditAddress && (
                <a href={`/checkout/pay/${encodeURIComponent(order.id)}?address=edit`} className="text-brand-700 underline underline-offset-2">
                  {t("shipping.address.change")}
                </a>
              )}
            </section>
          )}
          <PaymentElementForm
          publishableKey={publishableKey}
          stripeAccount={accountId}
          locale={locale}
          orderId={order.id}
          amount={order.subtotalAmount + order.shippingAmount}
          currency={order.currency}
          totalLabel={total}
        />
        </>
      )}
      <p className="text-xs text-stone-500">{t("onSitePayments.pay.secure")}</p>
      {/* Giving up closes the attempt at once: the PaymentIntent or session is canceled, the stock goes back. */}
      <a href={`/checkout/cancel?order=${encodeURIComponent(order.id)}`} className="text-sm text-brand-700 underline underline-offset-2">
        {t("onSitePayments.pay.backToCart")}
      </a>
    </div>
  );
}
