import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/config";

/** Operators' overview: the subscriptions' share of paid volume and of fees, per currency. */
export function RecurringShare({ rows, locale }: { rows: { currency: string; volumeShare: number; feeShare: number }[]; locale: Locale; }) {
  const t = useTranslations("subscriptions.admin");
  if (rows.length === 0) return null;
  const pct = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  return (
    <section aria-labelledby="recurring-share-title" className="rounded-2xl border border-stone-200 bg-white p-5" data-testid="recurring-share">
      <h2 id="recurring-share-title" className="font-semibold">
        {t("recurringShare")}
      </h2>
      <ul className="mt-2 space-y-1 text-sm">
        {rows.map((r) => (
          <li key={r.currency}>
            <span className="font-medium uppercase">{r.currency}</span> — {t("recurringVolume", { share: pct.format(r.volumeShare) })},{" "}
            {t("recurringFees", { share: pct.format(r.feeShare) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
