import { useTranslations } from "next-intl";
import Link from "next/link";

/** Page numbers to show: the first, the last, and two around the current one; null is a gap. */
export function pageWindow(page: number, pageCount: number): (number | null)[] {
  const wanted = new Set([1, pageCount, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pageCount));
  const sorted = [...wanted].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  for (const n of sorted) {
    const previous = result.at(-1);
    if (typeof previous === "number" && n - previous > 1) result.push(n - previous === 2 ? n - 1 : null);
    result.push(n);
  }
  return result;
}

const linkClass =
  "inline-flex min-w-10 items-center justify-center rounded-lg border px-3 py-2 text-sm font-medium transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";

/**
 * Links to the other pages of a result list; `href(n)` builds page n's address. `label` names
 * the navigation for screen readers ("Product pages"), `status` says where the reader is.
 */
export function Pagination({
  page,
  pageCount,
  href,
  label,
  status,
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
  label?: string;
  status?: string;
}) {
  const t = useTranslations("storefront.pagination");
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label ?? t("label")} className={`flex flex-col items-center gap-3 ${status ? "sm:flex-row sm:justify-between" : ""}`}>
      {status && <p className="text-sm text-stone-600">{status}</p>}
      <ul className="flex flex-wrap items-center gap-1.5">
        <li>
          {page > 1 ? (
            <Link href={href(page - 1)} rel="prev" aria-label={t("previousLabel")} className={`${linkClass} border-stone-300 bg-white hover:bg-stone-50`}>
              <span aria-hidden>←</span> {t("previous")}
            </Link>
          ) : (
            <span aria-hidden className={`${linkClass} cursor-default border-stone-200 text-stone-400`}>
              ← {t("previous")}
            </span>
          )}
        </li>
        {pageWindow(page, pageCount).map((n, index) =>
          n === null ? (
            <li key={`gap-${index}`} aria-hidden className="px-1 text-stone-400">
              …
            </li>
          ) : (
            <li key={n}>
              <Link
                href={href(n)}
                aria-label={t("page", { page: n })}
                aria-current={n === page ? "page" : undefined}
                className={`${linkClass} ${n === page ? "border-brand-600 bg-brand-600 text-white" : "border-stone-300 bg-white hover:bg-stone-50"}`}
              >
                {n}
              </Link>
            </li>
          ),
        )}
        <li>
          {page < pageCount ? (
            <Link href={href(page + 1)} rel="next" aria-label={t("nextLabel")} className={`${linkClass} border-stone-300 bg-white hover:bg-stone-50`}>
              {t("next")} <span aria-hidden>→</span>
            </Link>
          ) : (
            <span aria-hidden className={`${linkClass} cursor-default border-stone-200 text-stone-400`}>
              {t("next")} →
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}
