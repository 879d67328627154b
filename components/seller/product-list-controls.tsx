import { useTranslations } from "next-intl";
import Link from "next/link";
import { productListHref } from "@/lib/products/list-href";
import { PRODUCT_STATUS_FILTERS, type ProductStatusFilter } from "@/lib/products/types";

/** The search box (a plain GET form, so results have an address) and the status tabs with their counts. */
export function ProductListControls({
  status,
  q,
  counts,
}: {
  status: ProductStatusFilter;
  q: string;
  counts: Record<ProductStatusFilter, number>;
}) {
  const t = useTranslations("catalog.list");
  return (
    <div className="flex flex-col gap-4 lg:flex-row lg:items-end lg:justify-between">
      <nav aria-label={t("statusLabel")}>
        <ul className="inline-flex rounded-xl border border-stone-200 bg-stone-100 p-1">
          {PRODUCT_STATUS_FILTERS.map((filter) => {
            const current = filter === status;
            return (
              <li key={filter}>
                <Link
                  href={productListHref({ status: filter, q })}
                  aria-current={current ? "page" : undefined}
                  className={`inline-flex items-center gap-2 rounded-lg px-3 py-1.5 text-sm font-medium transition-colors ${
                    current ? "bg-white text-ink shadow-sm" : "text-stone-600 hover:bg-white/60 hover:text-ink"
                  }`}
                >
                  {t(`tabs.${filter}`)}
                  <span
                    className={`rounded-full px-1.5 text-xs tabular-nums ${current ? "bg-brand-100 text-brand-700" : "bg-stone-200 text-stone-600"}`}
                  >
                    {counts[filter]}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <form action="/seller/products" method="get" role="search" className="flex w-full lg:max-w-sm">
        {status !== "active" && <input type="hidden" name="status" value={status} />}
        <label htmlFor="product-search" className="sr-only">
          {t("searchLabel")}
        </label>
        <input
          id="product-search"
          name="q"
          type="search"
          defaultValue={q}
          placeholder={t("searchPlaceholder")}
          className="w-full min-w-0 rounded-l-lg border border-r-0 border-stone-300 bg-white px-3 py-2 text-sm shadow-sm"
        />
        <button
          type="submit"
          className="rounded-r-lg border border-stone-300 bg-stone-100 px-4 text-sm font-medium hover:bg-stone-200"
        >
          {t("searchButton")}
        </button>
      </form>
    </div>
  );
}
