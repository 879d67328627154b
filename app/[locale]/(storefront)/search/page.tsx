import type { Metadata } from "next";
import { Pagination } from "@/components/ui/pagination";
import { ProductGrid } from "@/components/catalog/product-card";
import { EmptyState } from "@/components/ui/empty-state";
import { cachedSearch } from "@/lib/catalog/cached";
import { SEARCH_MAX_LENGTH } from "@/lib/catalog/queries";
import { getI18n } from "@/lib/i18n/server";

// Per request, never cached (see app/[locale]/(account)/layout.tsx).
export const dynamic = "force-dynamic";

type SearchParams = Promise<{ q?: string | string[]; page?: string | string[] }>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function readParams(params: Awaited<SearchParams>) {
  const query = first(params.q)?.trim().slice(0, SEARCH_MAX_LENGTH) ?? "";
  const page = Number.parseInt(first(params.page) ?? "1", 10);
  return { query, page: Number.isFinite(page) && page >= 1 ? page : 1 };
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const [{ t }, params] = await Promise.all([getI18n(), searchParams]);
  const { query } = readParams(params);
  return { title: query ? t("search.resultsFor", { query }) : t("search.title"), robots: { index: false } };
}

export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  const { query, page } = readParams(await searchParams);
  const [{ t, locale }, result] = await Promise.all([getI18n(), cachedSearch(query, page)]);
  const href = (n: number) => `/search?${new URLSearchParams(n > 1 ? { q: query, page: String(n) } : { q: query })}`;
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{query ? t("search.resultsFor", { query }) : t("search.title")}</h1>
        {query && result.total > 0 && (
          <p className="text-sm text-stone-600">
            {t("storefront.search.resultCount", { count: result.total })}
            {result.pageCount > 1 && <> · {t("storefront.search.pageStatus", { page: result.page, pageCount: result.pageCount })}</>}
          </p>
        )}
      </header>
      {!query ? (
        <EmptyState title={t("search.emptyQuery")} />
      ) : result.total === 0 ? (
        <EmptyState title={t("search.noResults", { query })} hint={t("search.noResultsHint")} />
      ) : (
        <>
          <ProductGrid products={result.products} locale={locale} />
          <Pagination page={result.page} pageCount={result.pageCount} href={href} />
        </>
      )}
    </div>
  );
}
