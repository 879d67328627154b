import { translateKnown } from "@/lib/i18n/translator";
import type { Metadata } from "next";
import { PaymentsStatus } from "@/components/seller/payments-status";
import { SellerFinances } from "@/components/seller/seller-finances";
import { SetupChecklist } from "@/components/seller/setup-checklist";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { requireRole } from "@/lib/auth/session";
import { paymentsState } from "@/lib/connect/account-state";
import { getSellerFinances } from "@/lib/connect/balance";
import { getI18n } from "@/lib/i18n/server";
import { getSellerDashboard } from "@/lib/seller/dashboard";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("payments.dashboardTitle") };
}

type SearchParams = Promise<{ created?: string; paymentsError?: string; detail?: string }>;

export default async function SellerDashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireRole("SELLER", "/seller");
  const [{ t, locale }, dashboard, params] = await Promise.all([getI18n(), getSellerDashboard(user.id), searchParams]);

  if (!dashboard) {
    return (
      <div className="mx-auto max-w-xl space-y-6 py-10 text-center">
        <h1 className="text-3xl font-bold">{t("payments.openShopTitle")}</h1>
        <p className="text-stone-600">{t("payments.openShopText")}</p>
        <ButtonLink href="/seller/shops/new">{t("payments.openShopCta")}</ButtonLink>
      </div>
    );
  }

  const { shop, productCount, paidOrderCount } = dashboard;
  const account = shop.stripeAccount;
  const state = paymentsState(account);
  const finances = account ? await getSellerFinances(account.stripeAccountId) : null;
  const errorKey = typeof params.paymentsError === "string" ? params.paymentsError : undefined;
  const errorText = errorKey ? (translateKnown(t, `payments.errors.${errorKey}`, { message: params.detail ?? "" }) ?? null) : null;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <p className="text-sm text-stone-500">{t("payments.dashboardTitle")}</p>
          <h1 className="text-3xl font-bold">{shop.name}</h1>
        </div>
        {account && (
          <form method="post" action={`/seller/shops/${shop.id}/payments/dashboard`}>
            <Button type="submit" variant="secondary">
              {t("payments.stripeDashboard")}
            </Button>
          </form>
        )}
      </div>
      {params.created && <Alert tone="success">{t("payments.shopCreated")}</Alert>}
      {errorText && <Alert tone="error">{errorText}</Alert>}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <PaymentsStatus shopId={shop.id} state={state} account={account} locale={locale} />
          {account && <SellerFinances finances={finances} locale={locale} />}
        </div>
        <SetupChecklist
          progress={{ shop: true, payments: state === "ready", product: productCount > 0, sale: paidOrderCount > 0 }}
        />
      </div>
    </div>
  );
}
