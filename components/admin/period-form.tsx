import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { PERIOD_KINDS, type PeriodKind } from "@/lib/admin/period";

const inputClass =
  "block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-500";

/**
 * The overview's period picker: a plain GET form (works without JavaScript, and the address can
 * be shared). `date` chooses the day/week/month; `from` and `to` make a custom period.
 */
export function PeriodForm({
  kind,
  date,
  from,
  to,
}: {
  kind: PeriodKind;
  date: string;
  from: string;
  to: string;
}) {
  const t = useTranslations("adminArea.overview");
  return (
    <form method="get" action="/admin" className="space-y-4 rounded-2xl border border-stone-200 bg-white p-5">
      <fieldset>
        <legend className="text-sm font-semibold">{t("periodLegend")}</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {PERIOD_KINDS.map((value) => (
            <label
              key={value}
              className="inline-flex cursor-pointer items-center gap-2 rounded-lg border border-stone-300 px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:checked]:font-semibold"
            >
              <input type="radio" name="period" value={value} defaultChecked={value === kind} className="accent-brand-600" />
              {t(`kinds.${value}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-3">
        <div className="space-y-1.5">
          <DateField id="period-date" name="date" label={t("referenceDate")} defaultValue={date} describedBy="period-date-hint" className={inputClass} />
          <p id="period-date-hint" className="text-xs text-stone-500">
            {t("referenceHint")}
          </p>
        </div>
        <DateField id="period-from" name="from" label={t("from")} defaultValue={from} describedBy="period-custom-hint" className={inputClass} />
        <DateField id="period-to" name="to" label={t("to")} defaultValue={to} describedBy="period-custom-hint" className={inputClass} />
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p id="period-custom-hint" className="text-xs text-stone-500">
          {t("customHint")}
        </p>
        <Button type="submit">{t("apply")}</Button>
      </div>
    </form>
  );
}
