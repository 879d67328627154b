"use client";
import { useTranslations } from "next-intl";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { PlatformFeeFormState } from "@/lib/admin/fees";

export type FixedFeeField = { currency: string; value: string; max: string };

/**
 * The platform's default fee: basis points, and a fixed amount for each currency typed in that
 * currency (an empty field means none), all checked on the server.
 */
export function FeeSettingsForm({
  defaults,
  back,
  action: save,
}: {
  defaults: { feeBps: string; fixed: FixedFeeField[] };
  back: string;
  /** Saves the platform's fee; answers the form's state when it refuses, redirects when saved. */
  action: (previous: PlatformFeeFormState, formData: FormData) => Promise<PlatformFeeFormState>;
}) {
  const t = useTranslations("adminMoney.fees");
  const tf = useTranslations("moneyStock.fixedFees");
  const [state, action, pending] = useActionState<PlatformFeeFormState, FormData>(save, null);
  const bps = state?.values.feeBps ?? defaults.feeBps;
  const errors = state?.errors ?? {};
  return (
    <form action={action} className="space-y-5" noValidate>
      {errors.unknown && <Alert tone="error">{t("errors.unknown")}</Alert>}
      {errors.form && <Alert tone="error">{t(`errors.${errors.form}`)}</Alert>}
      <input type="hidden" name="back" value={back} />
      <div className="max-w-sm">
        <Field
          id="platform-fee-bps"
          name="feeBps"
          label={t("platform.bps")}
          hint={t("platform.bpsHint")}
          error={errors.feeBps && t(`errors.${errors.feeBps}`)}
          defaultValue={bps}
          key={`bps-${bps}`}
          inputMode="numeric"
          autoComplete="off"
          required
        />
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">{tf("title")}</legend>
        <p className="max-w-3xl text-xs text-stone-500">{tf("hint")}</p>
        <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-4">
          {defaults.fixed.map((field) => {
            const value = state?.values.fixed[field.currency] ?? field.value;
            const error = errors.fixed?.[field.currency];
            const id = `platform-fee-fixed-${field.currency}`;
            const message = error === "fixedRange" ? tf("errors.fixedRange", { max: field.max }) : error ? t(`errors.${error}`) : undefined;
            return (
              <div key={field.currency} className="space-y-1" data-testid={`fixed-fee-${field.currency}`}>
                <label htmlFor={id} className="block text-xs font-semibold uppercase tracking-wide text-stone-600">
                  {field.currency}
                </label>
                <input
                  id={id}
                  name={`fixed_${field.currency}`}
                  defaultValue={value}
                  key={`${field.currency}-${value}`}
                  inputMode="decimal"
                  autoComplete="off"
                  placeholder={tf("none")}
                  aria-label={tf("fieldLabel", { currency: field.currency.toUpperCase() })}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={message ? `${id}-error` : undefined}
                  className="block w-full rounded-lg border border-stone-300 bg-white px-2.5 py-2 text-sm shadow-sm placeholder:text-stone-400 focus:border-brand-500 aria-[invalid=true]:border-red-600"
                />
                {message && (
                  <p id={`${id}-error`} className="text-xs text-red-700">
                    {message}
                  </p>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? t("platform.pending") : t("platform.submit")}
        </Button>
        <p className="text-sm text-stone-600">{t("platform.newCheckoutsOnly")}</p>
      </div>
    </form>
  );
}
