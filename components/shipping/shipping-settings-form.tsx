"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useTranslations } from "next-intl";

export type ShippingFormState = { ok?: boolean; errors?: Record<string, string>; values?: { shipsTo: string; flatAmount: string; freeAbove: string } } | null;
type Action = (state: ShippingFormState, data: FormData) => Promise<ShippingFormState>;

/** Countries shipped to, flat rate per order and free shipping threshold, in the shop's currency. */
export function ShippingSettingsForm({
  action,
  initial,
  currencyLabel,
}: {
  action: Action;
  initial: { shipsTo: string; flatAmount: string; freeAbove: string };
  currencyLabel: string;
}) {
  const t = useTranslations("shipping");
  const [state, formAction, pending] = useActionState<ShippingFormState, FormData>(action, null);
  const values = state?.values ?? initial;
  const error = (field: string) => {
    const key = state?.errors?.[field];
    return key ? (t.has(`errors.${key}` as "errors.amountInvalid") ? t(`errors.${key}` as "errors.amountInvalid") : key) : undefined;
  };
  return (
    <form action={formAction} className="max-w-lg space-y-4" noValidate>
      {state?.ok && <Alert tone="success">{t("settings.saved")}</Alert>}
      <Field id="shipsTo" name="shipsTo" label={t("settings.shipsTo")} hint={t("settings.shipsToHelp")} defaultValue={values.shipsTo} key={`c-${values.shipsTo}`} autoComplete="off" error={error("shipsTo")} />
      <Field id="flatAmount" name="flatAmount" label={`${t("settings.flatAmount")} (${currencyLabel})`} defaultValue={values.flatAmount} key={`f-${values.flatAmount}`} inputMode="decimal" autoComplete="off" error={error("flatAmount")} />
      <Field id="freeAbove" name="freeAbove" label={`${t("settings.freeAbove")} (${currencyLabel})`} defaultValue={values.freeAbove} key={`a-${values.freeAbove}`} inputMode="decimal" autoComplete="off" error={error("freeAbove")} />
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {t("settings.save")}
      </Button>
    </form>
  );
}
