"use client";
import { useTranslations } from "next-intl";
import { elision } from "@/lib/i18n/elision";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { FeeFormState } from "@/lib/admin/fees";

/** Sets a shop's override; answers the form's state when it refuses, redirects when saved. */
export type SetFeeOverrideAction = (previous: FeeFormState, formData: FormData) => Promise<FeeFormState>;

const inputClass =
  "block w-full rounded-lg border border-stone-300 bg-white px-2.5 py-2 text-sm shadow-sm focus:border-brand-500 aria-[invalid=true]:border-red-600";

/** One shop's override, inline in the table row; errors show under the fields. */
export function FeeOverrideForm({
  shop,
  defaults,
  back,
  action: save,
}: {
  shop: { id: string; name: string; currency: string };
  defaults: { feeBps: string; feeFixed: string };
  back: string;
  action: SetFeeOverrideAction;
}) {
  const t = useTranslations("adminMoney.fees");
  const [state, action, pending] = useActionState<FeeFormState, FormData>(save, null);
  const values = state?.values ?? defaults;
  const errors = state?.errors ?? {};
  const errorId = `override-${shop.id}-error`;
  const code = errors.form ?? errors.feeBps ?? errors.feeFixed;
  const text = errors.unknown ? t("errors.unknown") : code ? t(`errors.${code}`) : undefined;
  return (
    <form action={action} className="space-y-1.5" noValidate>
      <input type="hidden" name="shopId" value={shop.id} />
      <input type="hidden" name="back" value={back} />
      <div className="flex flex-wrap items-end gap-2">
        <label className="w-32 whitespace-nowrap text-xs text-stone-600">
          {t("overrides.bps")}
          <input
            name="feeBps"
            defaultValue={values.feeBps}
            key={`bps-${values.feeBps}`}
            inputMode="numeric"
            autoComplete="off"
            placeholder="—"
            aria-label={t("overrides.bpsLabel", { shop: shop.name })}
            aria-invalid={errors.feeBps || errors.form ? true : undefined}
            aria-describedby={text ? errorId : undefined}
            className={`mt-1 ${inputClass}`}
          />
        </label>
        <label className="w-32 whitespace-nowrap text-xs text-stone-600">
          {t("overrides.fixed")} ({shop.currency.toUpperCase()})
          <input
            name="feeFixed"
            defaultValue={values.feeFixed}
            key={`fixed-${values.feeFixed}`}
            inputMode="decimal"
            autoComplete="off"
            placeholder="—"
            aria-label={t("overrides.fixedLabel", { shop: shop.name, currency: shop.currency.toUpperCase() })}
            aria-invalid={errors.feeFixed || errors.form ? true : undefined}
            aria-describedby={text ? errorId : undefined}
            className={`mt-1 ${inputClass}`}
          />
        </label>
        <Button
          type="submit"
          variant="secondary"
          className="px-3 py-2"
          disabled={pending}
          aria-busy={pending}
          aria-label={t("overrides.setLabel", { shop: shop.name, shopStart: elision(shop.name) })}
        >
          {t("overrides.set")}
        </Button>
      </div>
      {text && (
        <p id={errorId} role="alert" className="text-sm text-red-700">
          {text}
        </p>
      )}
    </form>
  );
}
