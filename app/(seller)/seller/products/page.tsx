import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ProductListControls } from "@/components/seller/product-list-controls";
import { ProductTable } from "@/components/seller/product-table";
import { Alert } from "@/components/ui/alert";
import { Pagination } from "@/components/ui/pagination";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRole } from "@/lib/auth/session";
import { interpolate } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { listSellerProducts } from "@/lib/products/list-seller-products";
import { productListHref } from "@/lib/products/list-href";
import { isProductStatusFilter } from "@/lib/products/types";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.catalog.list.title };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function SellerProductsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireRole("SELLER", "/seller/products");
  const params = await searchParams;
  const status = isProductStatusFilter(single(params.status)) ? (single(params.status) as "active" | "archived" | "all") : "active";
  const q = single(params.q).trim().slice(0, 200);
  const requestedPage = Number(single(params.page) || "1");

  const [{ locale, t }, list] = await Promise.all([
    getI18n(),
    listSellerProducts(user.id, { q, status, page: Number.isInteger(requestedPage) ? requestedPage : 1 }),
  ]);
  if (!list) redirect("/seller/shops/new");
  const tl = t.catalog.list;

  const notice = params.created
    ? tl.created
    : params.updated
      ? tl.updated
      : params.archived
        ? tl.archived
        : params.restored
          ? tl.restored
          : null;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{tl.title}</h1>
          <p className="mt-1 text-sm text-stone-600">{interpolate(tl.subtitle, { shop: list.shop.name })}</p>
        </div>
        <ButtonLink href="/seller/products/new">
          <svg aria-hidden viewBox="0 0 20 20" className="size-4" fill="currentColor">
            <path d="M10 4a1 1 0 0 1 1 1v4h4a1 1 0 1 1 0 2h-4v4a1 1 0 1 1-2 0v-4H5a1 1 0 1 1 0-2h4V5a1 1 0 0 1 1-1Z" />
          </svg>
          {tl.newProduct}
        </ButtonLink>
      </div>

      {notice && <Alert tone="success">{notice}</Alert>}
      {params.error === "notFound" && <Alert tone="error">{tl.notFound}</Alert>}

      <ProductListControls status={status} q={q} counts={list.counts} t={tl} />

      {list.products.length > 0 ? (
        <>
          <p className="text-sm text-stone-600" aria-live="polite">
            {q ? interpolate(tl.resultCountFor, { count: list.total, query: q }) : interpolate(tl.resultCount, { count: list.total })}
          </p>
          <ProductTable products={list.products} position={{ status, q, page: list.page }} locale={locale} t={tl} />
          <Pagination
            page={list.page}
            pageCount={list.pages}
            href={(page) => productListHref({ status, q, page })}
            t={t.storefront.pagination}
            label={tl.paginationLabel}
            status={interpolate(tl.pageStatus, { page: list.page, pages: list.pages })}
          />
        </>
      ) : q ? (
        <EmptyState title={interpolate(tl.noResultsTitle, { query: q })} hint={tl.noResultsHint} action={
          <ButtonLink href={productListHref({ status })} variant="secondary">
            {tl.clearSearch}
          </ButtonLink>
        } />
      ) : status === "archived" ? (
        <EmptyState title={tl.emptyArchivedTitle} hint={tl.emptyArchivedHint} />
      ) : (
        <EmptyState title={tl.emptyTitle} hint={tl.emptyHint} action={<ButtonLink href="/seller/products/new">{tl.newProduct}</ButtonLink>} />
      )}
    </div>
  );
}
