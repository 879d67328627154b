import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { OrderSummary } from "@/components/orders/order-summary";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { logger } from "@/lib/logger";
import { fulfilCheckout } from "@/lib/orders/fulfil-checkout";
import { findOrderBySession } from "@/lib/orders/queries";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("checkout.order.title"), robots: { index: false } };
}

const sessionIdSchema = z.string().regex(/^cs_[A-Za-z0-9_]{8,200}$/);

/**
 * Stripe's success_url. The buyer may arrive before the webhook: this page runs the same
 * fulfilment itself, so it shows the truth either way (and the two never apply it twice).
 */
export default async function CheckoutSuccessPage({ searchParams }: { searchParams: Promise<{ session_id?: string }> }) {
  const parsed = sessionIdSchema.safeParse((await searchParams).session_id);
  if (!parsed.success) notFound();
  const sessionId = parsed.data;
  const existing = await findOrderBySession(sessionId);
  const accountId = existing?.shop.stripeAccount?.stripeAccountId;
  if (!existing || !accountId) notFound();

  let syncFailed = false;
  try {
    // Its emails are written to the outbox with the order; a worker sends them.
    await fulfilCheckout(sessionId, accountId, { page: "success" });
  } catch (error) {
    syncFailed = true;
    logger.warn("success page could not re-read the session", { sessionId, error });
  }
  const [order, { t, locale }, user] = await Promise.all([findOrderBySession(sessionId), getI18n(), getCurrentUser()]);
  if (!order) notFound();
  const retry = order.status === "FAILED" || order.status === "EXPIRED";
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      {syncFailed && <Alert tone="warning">{t("checkout.order.syncProblem")}</Alert>}
      <OrderSummary order={order} locale={locale} />
      <div className="flex flex-wrap gap-3">
        {retry ? <ButtonLink href="/cart">{t("checkout.order.backToCart")}</ButtonLink> : <ButtonLink href="/">{t("checkout.order.continueShopping")}</ButtonLink>}
        {user && (
          <ButtonLink href="/account" variant="secondary">
            {t("checkout.order.myOrders")}
          </ButtonLink>
        )}
      </div>
    </div>
  );
}
