import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { elision } from "@/lib/i18n/elision";
import { cache } from "react";
import { ProductGrid } from "@/components/catalog/product-card";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { setRequestLocale } from "next-intl/server";
import { cachedShopPage } from "@/lib/catalog/cached";
import type { Locale } from "@/lib/i18n/config";
import { getI18n } from "@/lib/i18n/server";

type Params = Promise<{ slug: string; locale: Locale }>;

// Static: each shop's page is rendered on its first visit (none at build time), from the tagged
// data cache, and again when the shop or one of its products changes (lib/cache/catalogue.ts).
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

// generateMetadata and the page share one read per render.
const loadShop = cache((slug: string) => (slug.length > 100 ? Promise.resolve(null) : cachedShopPage(slug)));

function countryName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const shop = await loadShop((await params).slug);
  if (!shop) return {};
  return { title: shop.name, description: shop.description || undefined };
}

export default async function ShopPage({ params }: { params: Params }) {
  const { slug, locale: segmentLocale } = await params;
  setRequestLocale(segmentLocale);
  const [shop, { t, locale }] = await Promise.all([loadShop(slug), getI18n()]);
  if (!shop) notFound();
  return (
    <div className="space-y-10">
      <header className="flex flex-col gap-6 rounded-3xl border border-stone-200 bg-white p-6 shadow-sm sm:flex-row sm:items-center sm:p-8">
        <div className="size-24 shrink-0 overflow-hidden rounded-2xl bg-stone-100 sm:size-28">
          {shop.logoUrl && (
            // eslint-disable-next-line @next/next/no-img-element -- local SVG logos and uploads
            <img src={shop.logoUrl} alt={t("storefront.shop.logoAlt", { shop: shop.name, shopStart: elision(shop.name) })} className="size-full object-cover" />
          )}
        </div>
        <div className="min-w-0 space-y-2">
          <h1 className="text-3xl font-black tracking-tight">{shop.name}</h1>
          {shop.description && <p className="max-w-2xl text-stone-700">{shop.description}</p>}
          <p className="text-sm text-stone-500">{t("storefront.shop.country", { country: countryName(shop.country, locale) })}</p>
        </div>
      </header>

      {!shop.available && (
        <Alert tone="warning">
          <p className="font-semibold">{t("storefront.shop.unavailableTitle")}</p>
          <p>{t("storefront.shop.unavailableText")}</p>
        </Alert>
      )}

      <section aria-labelledby="shop-products-title" className="space-y-4">
        <h2 id="shop-products-title" className="text-2xl font-bold">
          {t("storefront.shop.productsTitle")}
        </h2>
        {shop.products.length === 0 ? <EmptyState title={t("storefront.shop.noProducts")} /> : <ProductGrid products={shop.products} locale={locale} />}
      </section>
    </div>
  );
}
