import { ProductGrid } from "@/components/catalog/product-card";
import { ShopCard } from "@/components/catalog/shop-card";
import { Suspense } from "react";
import { setRequestLocale } from "next-intl/server";
import { SignedOutNotice } from "@/components/auth/signed-out-notice";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { cachedLatestProducts, cachedShops } from "@/lib/catalog/cached";
import type { Locale } from "@/lib/i18n/config";
import { getI18n } from "@/lib/i18n/server";

// Static: rendered once per language from the tagged data cache, rendered again when a catalogue
// change invalidates it (lib/cache/catalogue.ts) or after CATALOGUE_REVALIDATE_SECONDS.
export const revalidate = 300;

export default async function HomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  setRequestLocale((await params).locale);
  const [{ t, locale }, products, shops] = await Promise.all([getI18n(), cachedLatestProducts(12), cachedShops()]);
  const heroImages = products.flatMap((product) => (product.imageUrl ? [product.imageUrl] : [])).slice(0, 4);
  return (
    <div className="space-y-14">
      <Suspense>
        <SignedOutNotice />
      </Suspense>
      <section className="grid items-center gap-10 overflow-hidden rounded-3xl bg-gradient-to-br from-brand-100 via-brand-50 to-white px-6 py-14 sm:px-12 lg:grid-cols-[3fr_2fr]">
        <div>
          <h1 className="max-w-2xl text-4xl font-black tracking-tight sm:text-5xl">{t("home.heroTitle")}</h1>
          <p className="mt-4 max-w-xl text-lg text-stone-700">{t("home.heroText")}</p>
          <div className="mt-8 flex flex-wrap gap-3">
            <ButtonLink href="#products">{t("home.heroCta")}</ButtonLink>
            <ButtonLink href="/sell" variant="secondary">
              {t("home.sellCta")}
            </ButtonLink>
          </div>
        </div>
        {/* A glimpse of what is for sale fills the hero's other half (decorative: the grid below lists them). */}
        {heroImages.length > 0 && (
          <div aria-hidden className="hidden grid-cols-2 gap-4 lg:grid">
            {heroImages.map((url, index) => (
              <div
                key={url}
                className={`aspect-square overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-stone-200 ${index % 2 === 1 ? "translate-y-6" : ""}`}
              >
                {/* eslint-disable-next-line @next/next/no-img-element -- local SVG illustrations and uploads */}
                <img src={url} alt="" className="size-full object-cover" />
              </div>
            ))}
          </div>
        )}
      </section>

      <section aria-labelledby="shops-title" className="space-y-4">
        <h2 id="shops-title" className="text-2xl font-bold">
          {t("home.shopsTitle")}
        </h2>
        {shops.length === 0 ? (
          <EmptyState title={t("home.noShops")} />
        ) : (
          <ul className="grid gap-4 md:grid-cols-3">
            {shops.map((shop) => (
              <li key={shop.slug}>
                <ShopCard shop={shop} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section id="products" aria-labelledby="products-title" className="space-y-4">
        <h2 id="products-title" className="text-2xl font-bold">
          {t("home.productsTitle")}
        </h2>
        {products.length === 0 ? (
          <EmptyState title={t("home.noProducts")} />
        ) : (
          <ProductGrid products={products} locale={locale} />
        )}
      </section>
    </div>
  );
}
