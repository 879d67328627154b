import type { Metadata } from "next";
import { CartCountAnnouncer } from "@/components/cart/cart-count-announcer";
import { CartShopGroupSection } from "@/components/cart/cart-shop-group";
import { cartGroupView } from "@/components/cart/cart-view";
import { CheckoutError, isCheckoutErrorCode } from "@/components/checkout/checkout-error";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { getCurrentCart } from "@/lib/cart/current";
import { formatMoney } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { MAX_CHARGE_MINOR, minimumCharge } from "@/lib/money/currencies";
import { changeCartLineAction } from "./actions";

// Per request, never cached (see app/[locale]/(account)/layout.tsx).
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("cart.title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function CartPage({ searchParams }: { searchParams: SearchParams }) {
  const [{ t, locale }, groups, params] = await Promise.all([getI18n(), getCurrentCart(), searchParams]);

  // Set by /api/checkout when a checkout could not start, and by Stripe's cancel_url.
  const code = first(params.checkoutError);
  const checkoutError = isCheckoutErrorCode(code, t) ? { code, shopId: first(params.shop), product: first(params.product)?.slice(0, 200) } : null;
  // Stripe's limits are written in the currency of the shop the error is about.
  const currency = groups.find((group) => group.shop.id === checkoutError?.shopId)?.shop.currency ?? "eur";
  const errorValues = {
    product: checkoutError?.product ?? "",
    minimum: formatMoney(minimumCharge(currency) ?? 1, currency, locale),
    maximum: formatMoney(MAX_CHARGE_MINOR, currency, locale),
  };
  const errorAlert = checkoutError && <CheckoutError code={checkoutError.code} values={errorValues} />;
  const errorShopShown = checkoutError !== null && groups.some((group) => group.shop.id === checkoutError.shopId);
  const canceled = first(params.canceled) === "1";

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("cart.title")}</h1>
      <CartCountAnnouncer count={groups.reduce((sum, group) => sum + group.items.reduce((units, line) => units + line.quantity, 0), 0)} />
      {canceled && <Alert tone="info">{t("moneyStock.canceled")}</Alert>}
      {!errorShopShown && errorAlert}
      {groups.length === 0 ? (
        <EmptyState title={t("cart.empty")} hint={t("cart.emptyHint")} action={<ButtonLink href="/#products">{t("cart.browse")}</ButtonLink>} />
      ) : (
        <>
          {groups.length > 0 && (
            <p className="flex gap-2 rounded-lg bg-stone-100 px-4 py-3 text-sm text-stone-700">
              <span aria-hidden>ℹ︎</span>
              {t("storefront.cart.separateNote")}
            </p>
          )}
          {groups.map((group) => (
            <CartShopGroupSection
              key={group.shop.id}
              group={cartGroupView(group, locale)}
              notice={errorShopShown && checkoutError.shopId === group.shop.id ? errorAlert : undefined}
              changeLineAction={changeCartLineAction}
            />
          ))}
        </>
      )}
    </div>
  );
}
