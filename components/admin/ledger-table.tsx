import { useTranslations } from "next-intl";
import { DataTable, Th, tbodyClass, theadClass } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Badge } from "@/components/ui/badge";
import type { LedgerEntry } from "@/lib/admin/ledger";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatMoney } from "@/lib/i18n/format";

/** The fee ledger's entries, newest first. */
export function LedgerTable({ entries, locale }: { entries: LedgerEntry[]; locale: Locale; }) {
  const t = useTranslations("adminMoney.ledger");
  if (entries.length === 0) return <EmptyState title={t("empty")} hint={t("emptyHint")} />;
  const money = (amount: number, currency: string) => formatMoney(amount, currency, locale);
  return (
    <DataTable minWidth="min-w-[860px]">
      <thead className={theadClass}>
        <tr>
          <Th>{t("columns.date")}</Th>
          <Th>{t("columns.shop")}</Th>
          <Th>{t("columns.order")}</Th>
          <Th>{t("columns.feeId")}</Th>
          <Th align="right">{t("columns.fee")}</Th>
          <Th align="right">{t("columns.refunded")}</Th>
          <Th align="right">{t("columns.net")}</Th>
        </tr>
      </thead>
      <tbody className={tbodyClass}>
        {entries.map((entry) => (
          <tr key={entry.id} data-testid="ledger-row" className="hover:bg-stone-50">
            <td className="whitespace-nowrap px-4 py-3 text-stone-600">{formatDate(entry.stripeCreated, locale, "long")}</td>
            <td className="px-4 py-3">{entry.shop?.name ?? t("unknownShop", { account: entry.stripeAccount })}</td>
            <td className="px-4 py-3">
              {entry.orderId ? (
                <span className="font-mono font-medium" title={entry.orderId}>
                  {entry.orderId.slice(-8).toUpperCase()}
                </span>
              ) : (
                <Badge tone="warning">{t("unmatched")}</Badge>
              )}
            </td>
            <td className="px-4 py-3 font-mono text-xs text-stone-500">{entry.stripeFeeId}</td>
            <td className="px-4 py-3 text-right font-medium">{money(entry.amount, entry.currency)}</td>
            <td className="px-4 py-3 text-right text-stone-600">{entry.amountRefunded > 0 ? `−${money(entry.amountRefunded, entry.currency)}` : "—"}</td>
            <td className="px-4 py-3 text-right font-semibold">{money(entry.amount - entry.amountRefunded, entry.currency)}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
