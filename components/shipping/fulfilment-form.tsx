"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useTranslations } from "next-intl";

export type FulfilmentFormState = { ok?: boolean; error?: "invalid" | "notFulfillable"; message?: string; field?: string } | null;
type Action = (state: FulfilmentFormState, data: FormData) => Promise<FulfilmentFormState>;

/** Mark shipped (carrier + tracking number), delivered, or ready for pickup. */
export function FulfilmentForm({ orderId, current, action }: { orderId: string; current: string | null; action: Action }) {
  const t = useTranslations("shipping");
  const [state, formAction, pending] = useActionState<FulfilmentFormState, FormData>(action, null);
  const fieldError = (field: string) =>
    state?.error === "invalid" && state.field === field && state.message && t.has(`errors.${state.message}` as "errors.carrierRequired") ? t(`errors.${state.message}` as "errors.carrierRequired") : undefined;
  return (
    <div className="space-y-4">
      {state?.ok && <Alert tone="success">{t("fulfilment.done")}</Alert>}
      {state?.error === "notFulfillable" && <Alert tone="error">{t("errors.notFulfillable")}</Alert>}
      {(current === null || current === "SHIPPED") && (
        <form action={formAction} className="space-y-3" aria-label={t("fulfilment.markShipped")}>
          <input type="hidden" name="orderId" value={orderId} />
          <input type="hidden" name="status" value="SHIPPED" />
          <Field id="carrier" name="carrier" label={t("fulfilment.carrier")} autoComplete="off" required error={fieldError("carrier")} />
          <Field id="trackingNumber" name="trackingNumber" label={t("fulfilment.trackingNumber")} autoComplete="off" required error={fieldError("trackingNumber")} />
          <Button type="submit" disabled={pending} aria-busy={pending}>
            {pending ? t("fulfilment.pending") : t("fulfilment.markShipped")}
          </Button>
        </form>
      )}
      {current !== "DELIVERED" && (
        <form action={formAction} className="flex flex-wrap gap-2">
          <input type="hidden" name="orderId" value={orderId} />
          <Button type="submit" name="status" value="DELIVERED" variant="secondary" disabled={pending}>
            {t("fulfilment.markDelivered")}
          </Button>
          {current === null && (
            <Button type="submit" name="status" value="READY_FOR_PICKUP" variant="secondary" disabled={pending}>
              {t("fulfilment.markPickup")}
            </Button>
          )}
        </form>
      )}
    </div>
  );
}
