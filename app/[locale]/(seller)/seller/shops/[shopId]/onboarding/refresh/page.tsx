import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { requireRole } from "@/lib/auth/session";
import { createAccountLink } from "@/lib/stripe/create-account-link";
import { onboardingUrls } from "@/lib/connect/onboarding";
import { getI18n } from "@/lib/i18n/server";
import { logger } from "@/lib/logger";
import { findOwnedShop } from "@/lib/shops/owned-shop";
import { classifyStripeError } from "@/lib/stripe/errors";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("payments.linkErrorTitle") };
}

/**
 * Stripe's refresh_url: the link expired or was already used. Mint a fresh one with the same
 * parameters and go. If Stripe fails, show an error with a retry button rather than redirecting
 * again (which could loop).
 */
export default async function OnboardingRefreshPage({ params }: { params: Promise<{ shopId: string }> }) {
  const { shopId } = await params;
  const user = await requireRole("SELLER", `/seller/shops/${shopId}/onboarding/refresh`);
  const shop = await findOwnedShop(user.id, shopId);
  if (!shop?.stripeAccount) notFound();

  let url: string | null = null;
  let failure: ReturnType<typeof classifyStripeError> | null = null;
  try {
    url = (await createAccountLink({ accountId: shop.stripeAccount.stripeAccountId, ...onboardingUrls(shop.id) })).url;
  } catch (error) {
    failure = classifyStripeError(error);
    logger.warn("refresh_url could not mint a link", { shopId, failure: failure.kind, error });
  }
  if (url) redirect(url);

  const { t } = await getI18n();
  const reason = failure?.kind === "rate_limited" ? t("payments.errors.rate_limited") : t("payments.errors.unavailable");
  return (
    <div className="mx-auto max-w-xl space-y-6 py-8">
      <h1 className="text-2xl font-bold">{t("payments.linkErrorTitle")}</h1>
      <p className="text-stone-600">{t("payments.linkErrorText")}</p>
      <Alert tone="error">{reason}</Alert>
      <div className="flex gap-3">
        <ButtonLink href={`/seller/shops/${shop.id}/onboarding/refresh`}>{t("payments.retry")}</ButtonLink>
        <ButtonLink href="/seller" variant="secondary">
          {t("payments.backToDashboard")}
        </ButtonLink>
      </div>
    </div>
  );
}
