import Link from "next/link";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

type T = Messages["catalog"]["list"];

/** Page numbers to show: the first, the last, and the current one with its neighbours; null is a gap. */
export function pageWindow(page: number, pages: number): (number | null)[] {
  const wanted = new Set([1, pages, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pages));
  const sorted = [...wanted].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  for (const n of sorted) {
    const last = result.at(-1);
    if (typeof last === "number" && n - last === 2) result.push(last + 1);
    else if (typeof last === "number" && n - last > 2) result.push(null);
    result.push(n);
  }
  return result;
}

const itemClasses = "inline-flex min-w-10 items-center justify-center rounded-lg border px-3 py-2 text-sm font-medium";

export function ProductPagination({ page, pages, href, t }: { page: number; pages: number; href: (page: number) => string; t: T }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={t.paginationLabel} className="flex flex-col items-center gap-3 sm:flex-row sm:justify-between">
      <p className="text-sm text-stone-600">{interpolate(t.pageStatus, { page, pages })}</p>
      <ul className="flex flex-wrap items-center gap-1.5">
        <li>
          {page > 1 ? (
            <Link href={href(page - 1)} rel="prev" aria-label={t.previousLabel} className={`${itemClasses} border-stone-300 bg-white hover:bg-stone-50`}>
              <span aria-hidden>←</span>
              <span className="ml-1 hidden sm:inline">{t.previous}</span>
            </Link>
          ) : (
            <span aria-disabled="true" className={`${itemClasses} cursor-not-allowed border-stone-200 text-stone-400`}>
              <span aria-hidden>←</span>
              <span className="ml-1 hidden sm:inline">{t.previous}</span>
            </span>
          )}
        </li>
        {pageWindow(page, pages).map((n, index) =>
          n === null ? (
            <li key={`gap-${index}`} aria-hidden className="px-1 text-stone-400">
              …
            </li>
          ) : (
            <li key={n}>
              <Link
                href={href(n)}
                aria-label={interpolate(t.pageLabel, { page: n })}
                aria-current={n === page ? "page" : undefined}
                className={`${itemClasses} tabular-nums ${
                  n === page ? "border-brand-600 bg-brand-600 text-white" : "border-stone-300 bg-white hover:bg-stone-50"
                }`}
              >
                {n}
              </Link>
            </li>
          ),
        )}
        <li>
          {page < pages ? (
            <Link href={href(page + 1)} rel="next" aria-label={t.nextLabel} className={`${itemClasses} border-stone-300 bg-white hover:bg-stone-50`}>
              <span className="mr-1 hidden sm:inline">{t.next}</span>
              <span aria-hidden>→</span>
            </Link>
          ) : (
            <span aria-disabled="true" className={`${itemClasses} cursor-not-allowed border-stone-200 text-stone-400`}>
              <span className="mr-1 hidden sm:inline">{t.next}</span>
              <span aria-hidden>→</span>
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}
