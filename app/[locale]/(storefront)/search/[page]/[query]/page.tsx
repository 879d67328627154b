import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProductGrid } from "@/components/catalog/product-card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { cachedSearch } from "@/lib/catalog/cached";
import { parseSearchSegments, searchHref } from "@/lib/catalog/search-path";
import type { Locale } from "@/lib/i18n/config";
import { getI18n } from "@/lib/i18n/server";

type Params = Promise<{ locale: Locale; page: string; query: string }>;

// Search results, reached through proxy.ts's rewrite of `/search?q=…` (lib/catalog/search-path.ts):
// each query's page is rendered on its first visit and served from the cache, like the rest of the
// catalogue, until a catalogue change expires the `catalogue` tag its results were read under.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const raw = await params;
  const t = await getTranslations({ locale: raw.locale });
  const search = parseSearchSegments(raw);
  return { title: search ? t("search.resultsFor", { query: search.query }) : t("search.title"), robots: { index: false } };
}

export default async function SearchResultsPage({ params }: { params: Params }) {
  const raw = await params;
  setRequestLocale(raw.locale);
  const search = parseSearchSegments(raw);
  if (!search) notFound();
  const { query } = search;
  const [{ t, locale }, result] = await Promise.all([getI18n(), cachedSearch(query, search.page)]);
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{t("search.resultsFor", { query })}</h1>
        {result.total > 0 && (
          <p className="text-sm text-stone-600">
            {t("storefront.search.resultCount", { count: result.total })}
            {result.pageCount > 1 && <> · {t("storefront.search.pageStatus", { page: result.page, pageCount: result.pageCount })}</>}
          </p>
        )}
      </header>
      {result.total === 0 ? (
        <EmptyState title={t("search.noResults", { query })} hint={t("search.noResultsHint")} />
      ) : (
        <>
          <ProductGrid products={result.products} locale={locale} />
          <Pagination page={result.page} pageCount={result.pageCount} href={(page) => searchHref({ query, page })} />
        </>
      )}
    </div>
  );
}
