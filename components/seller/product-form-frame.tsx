import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/**
 * The page around the product form, shared by "new" and "edit": the way back to the list, then a
 * card with the title (and, when editing, the product's status), the subtitle and any notices.
 */
export function ProductFormFrame({
  title,
  subtitle,
  status,
  notices,
  children,
}: {
  title: string;
  subtitle: string;
  /** A badge beside the title (edit: active or archived). */
  status?: ReactNode;
  /** Alerts above the form, each with a key; false entries are skipped, and an empty list shows nothing. */
  notices?: ReactNode[];
  children: ReactNode;
}) {
  const t = useTranslations("catalog.form");
  const shown = notices?.filter(Boolean) ?? [];
  return (
    <div className="space-y-6">
      <div className="mx-auto w-full max-w-2xl space-y-4">
        <Link href="/seller/products" className="inline-flex items-center gap-1 rounded text-sm font-medium text-brand-700 hover:underline">
          <span aria-hidden>←</span> {t("backToList")}
        </Link>
        <div className="rounded-2xl border border-stone-200 bg-white p-6 shadow-sm sm:p-8">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <h1 className="text-2xl font-bold">{title}</h1>
            {status}
          </div>
          <p className="mt-1 text-sm text-stone-600">{subtitle}</p>
          {shown.length > 0 && <div className="mt-6 space-y-3">{shown}</div>}
          <div className="mt-8">{children}</div>
        </div>
      </div>
    </div>
  );
}
