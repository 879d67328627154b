import { useTranslations } from "next-intl";
import { elision } from "@/lib/i18n/elision";
import { DataTable, Th, tbodyClass, theadClass } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FeeOverrideForm, type SetFeeOverrideAction } from "./fee-override-form";

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
export function FeeOverridesTable({
  rows,
  back,
  setOverrideAction,
  clearOverrideAction,
}: {
  rows: FeeOverrideRow[];
  back: string;
  setOverrideAction: SetFeeOverrideAction;
  /** Removes a shop's override (a plain form post: works without JavaScript). */
  clearOverrideAction: (formData: FormData) => Promise<void>;
}) {
  const t = useTranslations("adminMoney.fees");
  if (rows.length === 0) return <EmptyState title={t("overrides.empty")} />;
  return (
    <DataTable minWidth="min-w-[820px]">
      <thead className={theadClass}>
        <tr>
          <Th>{t("overrides.columns.shop")}</Th>
          <Th>{t("overrides.columns.override")}</Th>
          <Th>{t("overrides.columns.effective")}</Th>
          <Th>{t("overrides.columns.edit")}</Th>
        </tr>
      </thead>
      <tbody className={tbodyClass}>
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
                <FeeOverrideForm shop={row} defaults={row.defaults} back={back} action={setOverrideAction} />
                {row.hasOverride && (
                  <form action={clearOverrideAction} className="pt-5">
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
    </DataTable>
  );
}
