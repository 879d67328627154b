import { useTranslations } from "next-intl";
import { clearShopFeeOverrideAction } from "@/app/[locale]/(admin)/admin/fees/actions";
import { elision } from "@/lib/i18n/elision";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FeeOverrideForm } from "./fee-override-form";

export type FeeOverrideRow = {
  id: string;
  name: string;
  currency: string;
  hasOverride: boolean;
  /** "10 % + 0,50 €", with the platform's part named when a field is not overridden. */
  overrideLabel: string | null;
  effectiveLabel: string;
  defaults: { feeBps: string; feeFixed: string };
};

/** Shops with their fee: the override (if any), what their next checkout uses, and forms to change it. */
export function FeeOverridesTable({ rows, back }: { rows: FeeOverrideRow[]; back: string; }) {
  const t = useTranslations("adminMoney.fees");
  if (rows.length === 0) return <EmptyState title={t("overrides.empty")} />;
  return (
    <div className="overflow-x-auto rounded-2xl border border-stone-200 bg-white">
      <table className="w-full min-w-[820px] text-left text-sm">
        <thead className="border-b border-stone-200 bg-stone-50 text-xs uppercase tracking-wide text-stone-500">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">{t("overrides.columns.shop")}</th>
            <th scope="col" className="px-4 py-3 font-semibold">{t("overrides.columns.override")}</th>
            <th scope="col" className="px-4 py-3 font-semibold">{t("overrides.columns.effective")}</th>
            <th scope="col" className="px-4 py-3 font-semibold">{t("overrides.columns.edit")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {rows.map((row) => (
            <tr key={row.id} data-testid={`fee-override-${row.id}`} className="align-top">
              <th scope="row" className="px-4 py-3 font-medium">
                {row.name}
                <span className="ml-2 text-xs font-normal uppercase text-stone-500">{row.currency}</span>
              </th>
              <td className="px-4 py-3" data-testid="fee-override-value">
                {row.hasOverride ? <Badge tone="info">{row.overrideLabel}</Badge> : <span className="text-stone-500">{t("overrides.platformDefault")}</span>}
              </td>
              <td className="px-4 py-3 font-medium" data-testid="fee-override-effective">
                {row.effectiveLabel}
              </td>
              <td className="px-4 py-3">
                <div className="flex flex-wrap items-start gap-2">
                  <FeeOverrideForm shop={row} defaults={row.defaults} back={back} />
                  {row.hasOverride && (
                    <form action={clearShopFeeOverrideAction} className="pt-5">
                      <input type="hidden" name="shopId" value={row.id} />
                      <input type="hidden" name="back" value={back} />
                      <Button type="submit" variant="ghost" className="px-3 py-2 text-red-700" aria-label={t("overrides.clearLabel", { shop: row.name, shopStart: elision(row.name) })}>
                        {t("overrides.clear")}
                      </Button>
                    </form>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
