import type { Metadata } from "next";
import { ProductGrid } from "@/components/catalog/product-card";
import { EmptyState } from "@/components/ui/empty-state";
import { searchProducts } from "@/lib/catalog/queries";
import { interpolate } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.search.title };
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const { q } = await searchParams;
  const query = (Array.isArray(q) ? q[0] : q)?.slice(0, 100) ?? "";
  const [{ t, locale }, products] = await Promise.all([getI18n(), searchProducts(query)]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{query ? interpolate(t.search.resultsFor, { query }) : t.search.title}</h1>
      {!query ? (
        <EmptyState title={t.search.emptyQuery} />
      ) : products.length === 0 ? (
        <EmptyState title={interpolate(t.search.noResults, { query })} hint={t.search.noResultsHint} />
      ) : (
        <ProductGrid products={products} t={t} locale={locale} />
      )}
    </div>
  );
}
