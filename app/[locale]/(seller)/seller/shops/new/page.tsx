import type { Metadata } from "next";
import { ShopForm } from "@/components/seller/shop-form";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { requireUser } from "@/lib/auth/session";
import { headers } from "next/headers";
import { countryOptions, currencyOptions } from "@/lib/connect/countries";
import { countryFromRequest } from "@/lib/connect/request-country";
import { getI18n } from "@/lib/i18n/server";
import { ownsAShop } from "@/lib/shops/create-shop";
import { createShopAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("shop.title") };
}

export default async function NewShopPage() {
  // Any signed-in user may open a shop: a buyer becomes a seller by doing so.
  const user = await requireUser("/seller/shops/new");
  const [{ locale, t }, hasShop] = await Promise.all([getI18n(), ownsAShop(user.id)]);

  if (hasShop) {
    return (
      <div className="mx-auto w-full max-w-2xl">
        <EmptyState
          title={t("shop.alreadyHasShopTitle")}
          hint={t("shop.alreadyHasShopText")}
          action={<ButtonLink href="/seller">{t("shop.goToDashboard")}</ButtonLink>}
        />
      </div>
    );
  }

  return (
    <div className="mx-auto w-full max-w-2xl rounded-2xl border border-stone-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="text-2xl font-bold">{t("shop.title")}</h1>
      <p className="mt-1 text-sm text-stone-600">{t("shop.subtitle")}</p>
      <div className="mt-8">
        <ShopForm
          countries={countryOptions(locale)}
          currencies={currencyOptions(locale)}
          defaultCountry={countryFromRequest(await headers()) ?? ""}
          createShopAction={createShopAction}
        />
      </div>
    </div>
  );
}
