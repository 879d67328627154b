import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ProductForm } from "@/components/seller/product-form";
import { requireRole } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { currencyAffix } from "@/lib/money/currency-affix";
import { findSellerShop } from "@/lib/products/seller-shop";
import { createProductAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("catalog.form.newTitle") };
}

export default async function NewProductPage() {
  const user = await requireRole("SELLER", "/seller/products/new");
  const [{ locale, t }, shop] = await Promise.all([getI18n(), findSellerShop(user.id)]);
  if (!shop) redirect("/seller/shops/new");
  const affix = currencyAffix(shop.currency, locale);

  return (
    <div className="space-y-6">
      <div className="mx-auto w-full max-w-2xl space-y-4">
        <Link href="/seller/products" className="inline-flex items-center gap-1 rounded text-sm font-medium text-brand-700 hover:underline">
          <span aria-hidden>←</span> {t("catalog.form.backToList")}
        </Link>
        <div className="rounded-2xl border border-stone-200 bg-white p-6 shadow-sm sm:p-8">
          <h1 className="text-2xl font-bold">{t("catalog.form.newTitle")}</h1>
          <p className="mt-1 text-sm text-stone-600">{t("catalog.form.newSubtitle", { currency: affix.code })}</p>
          <div className="mt-8">
            <ProductForm
              mode="create"
              action={createProductAction}
              successHref="/seller/products?created=1"
              cancelHref="/seller/products"
              initial={{ name: "", description: "", price: "", stock: "", imageUrl: null }}
              currency={shop.currency}
              affix={affix}
              locale={locale}
            />
          </div>
        </div>
      </div>
    </div>
  );
}
