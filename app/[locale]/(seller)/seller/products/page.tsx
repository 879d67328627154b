import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { elision } from "@/lib/i18n/elision";
import { ProductListControls } from "@/components/seller/product-list-controls";
import { ProductTable } from "@/components/seller/product-table";
import { Alert } from "@/components/ui/alert";
import { Pagination } from "@/components/ui/pagination";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRole } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { listSellerProducts } from "@/lib/products/list-seller-products";
import { productListHref } from "@/lib/products/list-href";
import { isProductStatusFilter } from "@/lib/products/types";
import { archiveProductAction, restoreProductAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("catalog.list.title") };
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

  const notice = params.created
    ? t("catalog.list.created")
    : params.updated
      ? t("catalog.list.updated")
      : params.archived
        ? t("catalog.list.archived")
        : params.restored
          ? t("catalog.list.restored")
          : null;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{t("catalog.list.title")}</h1>
          <p className="mt-1 text-sm text-stone-600">{t("catalog.list.subtitle", { shop: list.shop.name, shopStart: elision(list.shop.name) })}</p>
        </div>
        <ButtonLink href="/seller/products/new">
          <svg aria-hidden viewBox="0 0 20 20" className="size-4" fill="currentColor">
            <path d="M10 4a1 1 0 0 1 1 1v4h4a1 1 0 1 1 0 2h-4v4a1 1 0 1 1-2 0v-4H5a1 1 0 1 1 0-2h4V5a1 1 0 0 1 1-1Z" />
          </svg>
          {t("catalog.list.newProduct")}
        </ButtonLink>
      </div>

      {notice && <Alert tone="success">{notice}</Alert>}
      {params.error === "notFound" && <Alert tone="error">{t("catalog.list.notFound")}</Alert>}

      <ProductListControls status={status} q={q} counts={list.counts} />

      {list.products.length > 0 ? (
        <>
          <p className="text-sm text-stone-600" aria-live="polite">
            {q ? t("catalog.list.resultCountFor", { count: list.total, query: q }) : t("catalog.list.resultCount", { count: list.total })}
          </p>
          <ProductTable products={list.products} position={{ status, q, page: list.page }} locale={locale} actions={{ archive: archiveProductAction, restore: restoreProductAction }} />
          <Pagination
            page={list.page}
            pageCount={list.pages}
            href={(page) => productListHref({ status, q, page })}
            label={t("catalog.list.paginationLabel")}
            status={t("catalog.list.pageStatus", { page: list.page, pages: list.pages })}
          />
        </>
      ) : q ? (
        <EmptyState title={t("catalog.list.noResultsTitle", { query: q })} hint={t("catalog.list.noResultsHint")} action={
          <ButtonLink href={productListHref({ status })} variant="secondary">
            {t("catalog.list.clearSearch")}
          </ButtonLink>
        } />
      ) : status === "archived" ? (
        <EmptyState title={t("catalog.list.emptyArchivedTitle")} hint={t("catalog.list.emptyArchivedHint")} />
      ) : (
        <EmptyState title={t("catalog.list.emptyTitle")} hint={t("catalog.list.emptyHint")} action={<ButtonLink href="/seller/products/new">{t("catalog.list.newProduct")}</ButtonLink>} />
      )}
    </div>
  );
}
