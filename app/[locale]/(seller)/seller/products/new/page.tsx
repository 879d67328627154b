import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ProductForm } from "@/components/seller/product-form";
import { ProductFormFrame } from "@/components/seller/product-form-frame";
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
    <ProductFormFrame title={t("catalog.form.newTitle")} subtitle={t("catalog.form.newSubtitle", { currency: affix.code })}>
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
    </ProductFormFrame>
  );
}
