"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";

type Initial = { name: string; line1: string; line2: string; postalCode: string; city: string; country: string };
/** `values`: what the buyer typed, given back on a refusal (a form action resets the fields to their defaults). */
export type DeliveryAddressState = { fieldErrors?: Record<string, string>; error?: "closed" | "not_found"; values?: Initial } | null;
type Action = (state: DeliveryAddressState, data: FormData) => Promise<DeliveryAddressState>;

/**
 * Our own accessible delivery address form for the Payment Element experience (labelled fields,
 * errors tied to them, focus on the first problem). The server validates it again and decides
 * the rate; the countries offered are the order's.
 */
export function DeliveryAddressForm({ action, countries, initial: saved }: { action: Action; countries: { code: string; name: string }[]; initial: Initial }) {
  const t = useTranslations("shipping.address");
  const [state, formAction, pending] = useActionState<DeliveryAddressState, FormData>(action, null);
  const initial = state?.values ?? saved;
  const formRef = useRef<HTMLFormElement>(null);
  const refused = useFocusFirstError(formRef);
  useEffect(() => {
    if (state) refused();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per answer
  }, [state]);
  const error = (field: string) => {
    const code = state?.fieldErrors?.[field];
    return code ? (t.has(`errors.${code}` as "errors.nameRequired") ? t(`errors.${code}` as "errors.nameRequired") : t("errors.invalid")) : undefined;
  };
  const countryError = error("country");
  return (
    <form ref={formRef} action={formAction} className="space-y-4 rounded-xl border border-stone-200 bg-white p-4" aria-labelledby="delivery-title" noValidate>
      <h2 id="delivery-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {state?.error && (
        <Alert tone="error">
          <span data-form-error tabIndex={-1}>
            {t(`errors.${state.error}`)}
          </span>
        </Alert>
      )}
      <Field id="ship-name" name="name" label={t("name")} autoComplete="shipping name" required defaultValue={initial.name} error={error("name")} />
      <Field id="ship-line1" name="line1" label={t("line1")} autoComplete="shipping address-line1" required defaultValue={initial.line1} error={error("line1")} />
      <Field id="ship-line2" name="line2" label={t("line2")} autoComplete="shipping address-line2" defaultValue={initial.line2} error={error("line2")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="ship-postal" name="postalCode" label={t("postalCode")} autoComplete="shipping postal-code" required defaultValue={initial.postalCode} error={error("postalCode")} />
        <Field id="ship-city" name="city" label={t("city")} autoComplete="shipping address-level2" required defaultValue={initial.city} error={error("city")} />
      </div>
      <div className="space-y-1.5">
        <label htmlFor="ship-country" className="block text-sm font-medium">
          {t("country")}
        </label>
        <select
          key={initial.country}
          id="ship-country"
          name="country"
          autoComplete="shipping country"
          defaultValue={initial.country || countries[0]?.code}
          aria-invalid={countryError ? true : undefined}
          aria-describedby={countryError ? "ship-country-error" : undefined}
          className="block w-full rounded-lg border border-stone-300 bg-white px-3 py-2.5 text-sm shadow-sm"
        >
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
        {countryError && (
          <p id="ship-country-error" className="text-sm text-red-700">
            {countryError}
          </p>
        )}
      </div>
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? t("pending") : t("submit")}
      </Button>
    </form>
  );
}
