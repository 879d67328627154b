import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AddToCartForm } from "@/components/cart/add-to-cart-form";
import { addToCartAction } from "../../cart/actions";
import { Badge } from "@/components/ui/badge";
import { setRequestLocale } from "next-intl/server";
import { cachedProductPage } from "@/lib/catalog/cached";
import type { Locale } from "@/lib/i18n/config";
import { stockState } from "@/lib/catalog/stock";
import { MAX_LINE_QUANTITY } from "@/lib/cart/schemas";
import { formatMoney } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";

type Params = Promise<{ productId: string; locale: Locale }>;

// Static: each product's page is rendered on its first visit (none at build time), from the tagged
// data cache, and again when the product or its shop changes (lib/cache/catalogue.ts).
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

// generateMetadata and the page share one read per render.
const loadProduct = cache((productId: string) => (productId.length > 64 ? Promise.resolve(null) : cachedProductPage(productId)));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const product = await loadProduct((await params).productId);
  if (!product) return {};
  return { title: `${product.name} — ${product.shop.name}`, description: product.description || undefined };
}

export default async function ProductPage({ params }: { params: Params }) {
  const { productId, locale: segmentLocale } = await params;
  setRequestLocale(segmentLocale);
  const [product, { t, locale }] = await Promise.all([loadProduct(productId), getI18n()]);
  if (!product) notFound();
  const stock = stockState(product.stock);
  const disabledReason = !product.available ? t("storefront.product.cannotAddUnavailable") : stock === "sold_out" ? t("storefront.product.cannotAddSoldOut") : null;
  return (
    <div className="space-y-6">
      <nav aria-label={t("storefront.product.breadcrumb")} className="text-sm text-stone-600">
        <ol className="flex flex-wrap items-center gap-1.5">
          <li>
            <Link href="/" className="hover:text-ink hover:underline">
              {t("storefront.product.home")}
            </Link>
          </li>
          <li aria-hidden>›</li>
          <li>
            <Link href={`/shops/${product.shop.slug}`} className="hover:text-ink hover:underline">
              {product.shop.name}
            </Link>
          </li>
          <li aria-hidden>›</li>
          <li aria-current="page" className="font-medium text-ink">
            {product.name}
          </li>
        </ol>
      </nav>

      <div className="grid gap-8 md:grid-cols-2 md:gap-12">
        <div className="relative aspect-square overflow-hidden rounded-3xl border border-stone-200 bg-stone-100">
          {product.imageUrl && (
            // eslint-disable-next-line @next/next/no-img-element -- local SVG illustrations and uploads
            <img src={product.imageUrl} alt={product.name} className="size-full object-cover" />
          )}
        </div>

        <div className="space-y-6">
          <div className="space-y-3">
            <p className="text-sm text-stone-600">
              {t("storefront.product.soldBy")}{" "}
              <Link href={`/shops/${product.shop.slug}`} className="font-semibold text-brand-700 underline-offset-2 hover:underline">
                {product.shop.name}
              </Link>
            </p>
            <h1 className="text-3xl font-black tracking-tight sm:text-4xl">{product.name}</h1>
            <p className="text-2xl font-bold">{formatMoney(product.priceAmount, product.currency, locale)}</p>
            <div className="flex flex-wrap gap-2">
              {!product.available && <Badge tone="warning">{t("product.unavailable")}</Badge>}
              {stock === "sold_out" && <Badge tone="danger">{t("product.outOfStock")}</Badge>}
              {stock === "low" && <Badge tone="info">{t("product.lowStock", { count: product.stock ?? 0 })}</Badge>}
              {(stock === "in_stock" || stock === "unlimited") && product.available && <Badge tone="success">{t("storefront.product.inStock")}</Badge>}
            </div>
          </div>

          <AddToCartForm
            productId={product.id}
            productName={product.name}
            maxQuantity={Math.min(product.stock ?? MAX_LINE_QUANTITY, MAX_LINE_QUANTITY)}
            disabledReason={disabledReason}
            action={addToCartAction}
          />

          {product.description && (
            <section aria-labelledby="product-description" className="space-y-2 border-t border-stone-200 pt-6">
              <h2 id="product-description" className="text-lg font-semibold">
                {t("storefront.product.description")}
              </h2>
              <p className="whitespace-pre-line leading-relaxed text-stone-700">{product.description}</p>
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
