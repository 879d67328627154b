import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ProductForm } from "@/components/seller/product-form";
import { ProductFormFrame } from "@/components/seller/product-form-frame";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { requireRole } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { currencyAffix } from "@/lib/money/currency-affix";
import { formatAmountForInput } from "@/lib/money/parse-amount";
import { getSellerProduct } from "@/lib/products/get-seller-product";
import { findSellerShop } from "@/lib/products/seller-shop";
import { updateProductAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("catalog.form.editTitle") };
}

type Params = Promise<{ productId: string }>;

export default async function EditProductPage({ params }: { params: Params }) {
  const { productId } = await params;
  const user = await requireRole("SELLER", `/seller/products/${encodeURIComponent(productId)}/edit`);
  const [{ locale, t }, product] = await Promise.all([getI18n(), getSellerProduct(user.id, productId)]);
  if (!product) {
    if (!(await findSellerShop(user.id))) redirect("/seller/shops/new");
    notFound();
  }
  // The price is shown in the shop's currency, which is also the one saving it will use.
  const currency = product.shop.currency;
  const affix = currencyAffix(currency, locale);
  const price = product.currency === currency ? formatAmountForInput(product.priceAmount, currency, locale) : "";

  return (
    <ProductFormFrame
      title={t("catalog.form.editTitle")}
      subtitle={t("catalog.form.editSubtitle")}
      status={
        product.active ? (
          <Badge tone="success">{t("catalog.list.statusActive")}</Badge>
        ) : (
          <Badge tone="neutral">{t("catalog.list.statusArchived")}</Badge>
        )
      }
      notices={[
        !product.active && (
          <Alert key="archived" tone="warning">
            {t("catalog.form.archivedNotice")}
          </Alert>
        ),
        product._count.orderItems > 0 && (
          <Alert key="orders" tone="info">
            {t("catalog.form.ordersNotice", { count: product._count.orderItems })}
          </Alert>
        ),
      ]}
    >
      <ProductForm
        mode="edit"
        action={updateProductAction.bind(null, product.id)}
        successHref="/seller/products?updated=1"
        cancelHref="/seller/products"
        initial={{
          recurring:
            product.recurringInterval && product.recurringIntervalCount
              ? { interval: product.recurringInterval, intervalCount: product.recurringIntervalCount }
              : null,
          name: product.name,
          description: product.description,
          price,
          stock: product.stock === null ? "" : String(product.stock),
          imageUrl: product.imageUrl,
          digital: product.digital,
        }}
        currency={currency}
        affix={affix}
        locale={locale}
      />
    </ProductFormFrame>
  );
}
