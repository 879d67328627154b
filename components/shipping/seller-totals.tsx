import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney } from "@/lib/i18n/format";

type Totals = { currency: string; gross: number; refunded: number; fees: number; lostToDisputes: number; net: number };

/** The seller's paid sales per currency, net of refunds, the platform's fees and lost disputes (lib/disputes/figures.ts). */
export function SellerTotalsPanel({ totals, locale }: { totals: Totals[]; locale: Locale }) {
  const t = useTranslations("shipping.figures");
  if (totals.length === 0) return null;
  return (
    <>
      {totals.map((row) => {
        const money = (amount: number) => formatMoney(amount, row.currency, locale);
        const lines = [
          { key: "gross", label: t("gross"), value: money(row.gross) },
          { key: "refunded", label: t("refunded"), value: `−${money(row.refunded)}` },
          { key: "fees", label: t("fees"), value: `−${money(row.fees)}` },
          { key: "lost", label: t("lostToDisputes"), value: `−${money(row.lostToDisputes)}` },
          { key: "net", label: t("net"), value: money(row.net) },
        ];
        return (
          <section key={row.currency} aria-labelledby={`totals-${row.currency}`} className="space-y-2 rounded-2xl border border-stone-200 bg-white p-5" data-testid={`seller-totals-${row.currency}`}>
            <h2 id={`totals-${row.currency}`} className="text-lg font-semibold">
              {t("sellerTitle", { currency: row.currency.toUpperCase() })}
            </h2>
            <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-5">
              {lines.map((line) => (
                <div key={line.key}>
                  <dt className="text-stone-500">{line.label}</dt>
                  <dd className={line.key === "net" ? "font-semibold" : "font-medium"} data-testid={`seller-total-${line.key}`}>
                    {line.value}
                  </dd>
                </div>
              ))}
            </dl>
            <p className="text-xs text-stone-600">{t("sellerNote")}</p>
          </section>
        );
      })}
    </>
  );
}
