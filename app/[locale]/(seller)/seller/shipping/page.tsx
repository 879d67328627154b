import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ShippingSettingsForm } from "@/components/shipping/shipping-settings-form";
import { requireRole } from "@/lib/auth/session";
import { getTranslations } from "next-intl/server";
import { getI18n } from "@/lib/i18n/server";
import { formatAmountForInput } from "@/lib/money/parse-amount";
import { findSellerShop } from "@/lib/products/seller-shop";
import { shopShippingRate } from "@/lib/shipping/rates";
import { saveShippingAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("shipping.settings");
  return { title: t("title") };
}

export default async function SellerShippingPage() {
  const user = await requireRole("SELLER", "/seller/shipping");
  const shop = await findSellerShop(user.id);
  if (!shop) redirect("/seller/shops/new");
  const [{ locale }, rate] = await Promise.all([getI18n(), shopShippingRate(shop.id, shop.currency)]);
  const t = await getTranslations("shipping.settings");
  const amount = (minor: number | null | undefined) => (minor === null || minor === undefined ? "" : formatAmountForInput(minor, shop.currency, locale));
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-stone-600">{t("intro")}</p>
        <p className="text-sm text-stone-500">{t("digitalHelp")}</p>
      </header>
      <ShippingSettingsForm
        action={saveShippingAction}
        currencyLabel={shop.currency.toUpperCase()}
        initial={{ shipsTo: shop.shipsTo.join(", "), flatAmount: amount(rate?.flatAmount), freeAbove: amount(rate?.freeAbove) }}
      />
    </div>
  );
}
