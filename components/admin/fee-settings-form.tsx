"use client";
import { useTranslations } from "next-intl";

import { useActionState } from "react";
import { updatePlatformFeesAction, type FeeFormState } from "@/app/(admin)/admin/fees/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

/** The platform's default fee: basis points and a fixed amount in euros, checked on the server. */
export function FeeSettingsForm({ defaults, back }: { defaults: { feeBps: string; feeFixed: string }; back: string; }) {
  const t = useTranslations("adminMoney.fees");
  const [state, action, pending] = useActionState<FeeFormState, FormData>(updatePlatformFeesAction, null);
  const values = state?.values ?? defaults;
  const errors = state?.errors ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      {errors.unknown && <Alert tone="error">{t("errors.unknown")}</Alert>}
      {errors.form && <Alert tone="error">{t(`errors.${errors.form}`)}</Alert>}
      <input type="hidden" name="back" value={back} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="platform-fee-bps"
          name="feeBps"
          label={t("platform.bps")}
          hint={t("platform.bpsHint")}
          error={errors.feeBps && t(`errors.${errors.feeBps}`)}
          defaultValue={values.feeBps}
          key={`bps-${values.feeBps}`}
          inputMode="numeric"
          autoComplete="off"
          required
        />
        <Field
          id="platform-fee-fixed"
          name="feeFixed"
          label={t("platform.fixed")}
          hint={t("platform.fixedHint")}
          error={errors.feeFixed && t(`errors.${errors.feeFixed}`)}
          defaultValue={values.feeFixed}
          key={`fixed-${values.feeFixed}`}
          inputMode="decimal"
          autoComplete="off"
          required
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? t("platform.pending") : t("platform.submit")}
        </Button>
        <p className="text-sm text-stone-600">{t("platform.newCheckoutsOnly")}</p>
      </div>
    </form>
  );
}
