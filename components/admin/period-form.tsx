import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
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
          <label htmlFor="period-date" className="block text-sm font-medium">
            {t("referenceDate")}
          </label>
          <input id="period-date" name="date" type="date" defaultValue={date} aria-describedby="period-date-hint" className={inputClass} />
          <p id="period-date-hint" className="text-xs text-stone-500">
            {t("referenceHint")}
          </p>
        </div>
        <div className="space-y-1.5">
          <label htmlFor="period-from" className="block text-sm font-medium">
            {t("from")}
          </label>
          <input id="period-from" name="from" type="date" defaultValue={from} aria-describedby="period-custom-hint" className={inputClass} />
        </div>
        <div className="space-y-1.5">
          <label htmlFor="period-to" className="block text-sm font-medium">
            {t("to")}
          </label>
          <input id="period-to" name="to" type="date" defaultValue={to} aria-describedby="period-custom-hint" className={inputClass} />
        </div>
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
