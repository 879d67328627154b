"use client";
import { useTranslations } from "next-intl";

import { useState } from "react";
import type { RecurringIntervalName } from "@/lib/validations/product";

export type RecurringValue = { interval: RecurringIntervalName; intervalCount: number } | null;

/**
 * Sold once or by subscription (every N weeks, months or years). Plain form controls: the
 * product form's FormData carries `billing`, `interval` and `intervalCount`.
 */
export function RecurringField({ initial, error }: { initial: RecurringValue; error?: string }) {
  const t = useTranslations("subscriptions");
  const [recurring, setRecurring] = useState(initial !== null);
  const errorId = "product-recurring-error";
  return (
    <fieldset className="space-y-2" aria-describedby={error ? errorId : "product-recurring-hint"}>
      <legend className="text-sm font-medium text-stone-800">{t("form.legend")}</legend>
      <div className="flex flex-col gap-2 sm:flex-row sm:gap-6">
        <label className="inline-flex items-center gap-2 text-sm">
          <input type="radio" name="billing" value="once" checked={!recurring} onChange={() => setRecurring(false)} />
          {t("form.once")}
        </label>
        <label className="inline-flex items-center gap-2 text-sm">
          <input type="radio" name="billing" value="recurring" checked={recurring} onChange={() => setRecurring(true)} />
          {t("form.recurring")}
        </label>
      </div>
      {recurring && (
        <div className="flex flex-wrap items-end gap-3">
          <span className="pb-2 text-sm text-stone-700">{t("form.every")}</span>
          <label className="flex flex-col text-xs text-stone-600">
            {t("form.intervalCount")}
            <input
              name="intervalCount"
              type="number"
              min={1}
              max={52}
              defaultValue={initial?.intervalCount ?? 1}
              className="mt-1 w-20 rounded-lg border border-stone-300 px-3 py-2 text-sm"
              aria-invalid={error ? true : undefined}
            />
          </label>
          <label className="flex flex-col text-xs text-stone-600">
            {t("form.interval")}
            <select name="interval" defaultValue={initial?.interval ?? "month"} className="mt-1 rounded-lg border border-stone-300 px-3 py-2 text-sm">
              <option value="week">{t("form.week")}</option>
              <option value="month">{t("form.month")}</option>
              <option value="year">{t("form.year")}</option>
            </select>
          </label>
        </div>
      )}
      <p id="product-recurring-hint" className="text-xs text-stone-500">
        {t("form.hint")}
      </p>
      {error && (
        <p id={errorId} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
