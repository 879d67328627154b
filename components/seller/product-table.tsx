import { useTranslations } from "next-intl";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney } from "@/lib/i18n/format";
import type { SellerProductRow } from "@/lib/products/list-seller-products";
import type { ProductStatusFilter } from "@/lib/products/types";
import { ProductStatusButton } from "./product-status-button";

/** Where the archive / restore forms send the seller back to: the same tab, search and page. */
export interface ProductListPosition {
  status: ProductStatusFilter;
  q: string;
  page: number;
}

/** Archive and restore: plain form posts (they work without JavaScript) that come back to the list. */
export interface ProductStatusActions {
  archive: (form: FormData) => Promise<void>;
  restore: (form: FormData) => Promise<void>;
}

function Thumb({ url, size }: { url: string | null; size: "sm" | "md" }) {
  const box = size === "sm" ? "size-12" : "size-16";
  return (
    <div className={`${box} shrink-0 overflow-hidden rounded-lg border border-stone-200 bg-stone-100`}>
      {url ? (
        // eslint-disable-next-line @next/next/no-img-element -- uploads and seeded SVGs are served as they are
        <img src={url} alt="" className="size-full object-cover" loading="lazy" />
      ) : (
        <svg aria-hidden viewBox="0 0 24 24" className="m-auto size-full p-3 text-stone-300" fill="none" stroke="currentColor" strokeWidth="1.5">
          <path d="M4 16l4.5-4.5a2 2 0 0 1 2.8 0L16 16m-2-2 1.5-1.5a2 2 0 0 1 2.8 0L20 14M6 20h12a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2Zm9-12h.01" />
        </svg>
      )}
    </div>
  );
}

function StockText({ stock }: { stock: number | null; }) {
  const t = useTranslations("catalog.list");
  if (stock === null) return <span className="text-stone-600">{t("stockUnlimited")}</span>;
  if (stock <= 0) return <Badge tone="danger">{t("outOfStock")}</Badge>;
  return <span className="tabular-nums">{t("stockCount", { count: stock })}</span>;
}

function StatusBadge({ active }: { active: boolean; }) {
  const t = useTranslations("catalog.list");
  return active ? <Badge tone="success">{t("statusActive")}</Badge> : <Badge tone="neutral">{t("statusArchived")}</Badge>;
}

function Actions({ product, position, actions }: { product: SellerProductRow; position: ProductListPosition; actions: ProductStatusActions }) {
  const t = useTranslations("catalog.list");
  const action = product.active ? actions.archive : actions.restore;
  return (
    <div className="flex flex-wrap items-center justify-end gap-2">
      <Link
        href={`/seller/products/${product.id}/edit`}
        aria-label={t("editLabel", { name: product.name })}
        className={buttonClasses("secondary", "px-3 py-1.5")}
      >
        {t("edit")}
      </Link>
      <form action={action}>
        <input type="hidden" name="productId" value={product.id} />
        <input type="hidden" name="status" value={position.status} />
        <input type="hidden" name="q" value={position.q} />
        <input type="hidden" name="page" value={position.page} />
        <ProductStatusButton
          variant={product.active ? "ghost" : "secondary"}
          label={product.active ? t("archive") : t("restore")}
          accessibleLabel={t(product.active ? "archiveLabel" : "restoreLabel", { name: product.name })}
          pendingLabel={t("working")}
        />
      </form>
    </div>
  );
}

/**
 * The seller's products: a table from medium screens up, a list of cards below (only one of the
 * two is displayed, so assistive technologies meet each product once).
 */
export function ProductTable({
  products,
  position,
  locale,
  actions,
}: {
  products: SellerProductRow[];
  position: ProductListPosition;
  locale: Locale;
  actions: ProductStatusActions;
}) {
  const t = useTranslations("catalog.list");
  return (
    <>
      <div className="hidden overflow-hidden rounded-2xl border border-stone-200 bg-white shadow-sm md:block">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("tableCaption")}</caption>
          <thead className="border-b border-stone-200 bg-stone-50 text-xs uppercase tracking-wide text-stone-500">
            <tr>
              <th scope="col" className="w-20 px-4 py-3 font-medium">
                <span className="sr-only">{t("columns.image")}</span>
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                {t("columns.name")}
              </th>
              <th scope="col" className="px-4 py-3 text-right font-medium">
                {t("columns.price")}
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                {t("columns.stock")}
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                {t("columns.status")}
              </th>
              <th scope="col" className="px-4 py-3 text-right font-medium">
                <span className="sr-only">{t("columns.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {products.map((product) => (
              <tr key={product.id} className={product.active ? "" : "bg-stone-50/60"}>
                <td className="px-4 py-3">
                  <Thumb url={product.imageUrl} size="sm" />
                </td>
                <th scope="row" className="max-w-xs px-4 py-3 font-semibold">
                  <Link href={`/seller/products/${product.id}/edit`} className="rounded hover:text-brand-700 hover:underline">
                    <span className="line-clamp-2 break-words">{product.name}</span>
                  </Link>
                </th>
                <td className="whitespace-nowrap px-4 py-3 text-right font-medium tabular-nums">
                  {formatMoney(product.priceAmount, product.currency, locale)}
                </td>
                <td className="whitespace-nowrap px-4 py-3">
                  <StockText stock={product.stock} />
                </td>
                <td className="px-4 py-3">
                  <StatusBadge active={product.active} />
                </td>
                <td className="px-4 py-3">
                  <Actions product={product} position={position} actions={actions} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ul className="space-y-3 md:hidden" aria-label={t("tableCaption")}>
        {products.map((product) => (
          <li key={product.id} className="rounded-2xl border border-stone-200 bg-white p-4 shadow-sm">
            <div className="flex gap-4">
              <Thumb url={product.imageUrl} size="md" />
              <div className="min-w-0 flex-1 space-y-1">
                <Link href={`/seller/products/${product.id}/edit`} className="block rounded font-semibold hover:text-brand-700 hover:underline">
                  <span className="line-clamp-2 break-words">{product.name}</span>
                </Link>
                <p className="font-medium tabular-nums">{formatMoney(product.priceAmount, product.currency, locale)}</p>
                <div className="flex flex-wrap items-center gap-2 text-sm">
                  <StatusBadge active={product.active} />
                  <span aria-hidden className="text-stone-300">
                    ·
                  </span>
                  <StockText stock={product.stock} />
                </div>
              </div>
            </div>
            <div className="mt-3 border-t border-stone-100 pt-3">
              <Actions product={product} position={position} actions={actions} />
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
