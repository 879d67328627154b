import { useTranslations } from "next-intl";
import type { LedgerTotal, ShopLedgerTotal } from "@/lib/admin/ledger";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney } from "@/lib/i18n/format";
import { DataTable, Th, tbodyClass, theadClass } from "@/components/ui/data-table";

/** Fees of the period: one card per currency for the platform, then a row per shop and currency. */
export function LedgerTotals({
  byShop,
  byCurrency,
  periodLabel,
  locale,
}: {
  byShop: ShopLedgerTotal[];
  byCurrency: LedgerTotal[];
  periodLabel: string;
  locale: Locale;
}) {
  const t = useTranslations("adminMoney.ledger");
  const money = (amount: number, currency: string) => formatMoney(amount, currency, locale);
  if (byCurrency.length === 0) return <p className="text-sm text-stone-600">{t("totals.none")}</p>;
  return (
    <div className="space-y-4">
      <div>
        <h3 className="text-sm font-semibold text-stone-700">
          {t("totals.byCurrency")} <span className="font-normal text-stone-500">· {periodLabel}</span>
        </h3>
        <dl className="mt-2 grid gap-3 sm:grid-cols-3">
          {byCurrency.map((total) => (
            <div key={total.currency} className="rounded-2xl border border-stone-200 bg-white p-4" data-testid={`ledger-total-${total.currency}`}>
              <dt className="text-xs font-semibold uppercase tracking-wide text-stone-500">
                {total.currency} · {t("totals.payments", { count: total.count })}
              </dt>
              <dd className="mt-1 text-2xl font-bold">{money(total.net, total.currency)}</dd>
              <dd className="mt-1 text-xs text-stone-600">
                {t("totals.gross")} {money(total.amount, total.currency)} · {t("totals.refunded")} {money(total.refunded, total.currency)}
              </dd>
            </div>
          ))}
        </dl>
      </div>
      <DataTable caption={t("totals.byShop")} minWidth="min-w-[640px]">
        <thead className={theadClass}>
          <tr>
            <Th>{t("totals.shop")}</Th>
            <Th>{t("totals.currency")}</Th>
            <Th align="right">{t("totals.count")}</Th>
            <Th align="right">{t("totals.gross")}</Th>
            <Th align="right">{t("totals.refunded")}</Th>
            <Th align="right">{t("totals.net")}</Th>
          </tr>
        </thead>
        <tbody className={tbodyClass}>
          {byShop.map((row) => (
            <tr key={`${row.account}-${row.currency}`} data-testid="ledger-shop-total">
              <th scope="row" className="px-4 py-3 font-medium">
                {row.shopName ?? t("unknownShop", { account: row.account })}
              </th>
              <td className="px-4 py-3 uppercase text-stone-600">{row.currency}</td>
              <td className="px-4 py-3 text-right">{row.count}</td>
              <td className="px-4 py-3 text-right">{money(row.amount, row.currency)}</td>
              <td className="px-4 py-3 text-right text-stone-600">{money(row.refunded, row.currency)}</td>
              <td className="px-4 py-3 text-right font-semibold">{money(row.net, row.currency)}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </div>
  );
}
