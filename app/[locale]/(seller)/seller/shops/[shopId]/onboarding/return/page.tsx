import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PaymentsStatus } from "@/components/seller/payments-status";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { requireRole } from "@/lib/auth/session";
import { paymentsState } from "@/lib/connect/account-state";
import { refreshConnectedAccount } from "@/lib/connect/refresh-account";
import { getI18n } from "@/lib/i18n/server";
import { logger } from "@/lib/logger";
import { findOwnedShop } from "@/lib/shops/owned-shop";
import { classifyStripeError } from "@/lib/stripe/errors";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("payments.returnTitle") };
}

/**
 * Stripe's return_url. Coming back does not mean onboarding is finished: the account is re-read
 * from Stripe (the same code as the account.updated webhook) and its real state is shown.
 */
export default async function OnboardingReturnPage({ params }: { params: Promise<{ shopId: string }> }) {
  const { shopId } = await params;
  const user = await requireRole("SELLER", `/seller/shops/${shopId}/onboarding/return`);
  const shop = await findOwnedShop(user.id, shopId);
  if (!shop?.stripeAccount) notFound();
  const { t, locale } = await getI18n();

  let account = shop.stripeAccount;
  let failed = false;
  try {
    account = (await refreshConnectedAccount(account.stripeAccountId)) ?? account;
  } catch (error) {
    failed = true;
    logger.warn("return_url could not re-read the account", { shopId, error, failure: classifyStripeError(error).kind });
  }
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">{t("payments.returnTitle")}</h1>
      {failed && <Alert tone="warning">{t("payments.errors.unavailable")}</Alert>}
      <PaymentsStatus shopId={shop.id} state={paymentsState(account)} account={account} locale={locale} />
      <ButtonLink href="/seller" variant="secondary">
        {t("payments.backToDashboard")}
      </ButtonLink>
    </div>
  );
}
