"use client";
import { useTranslations } from "next-intl";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { RefundFormState } from "@/lib/orders/refunds";

/**
 * Partial or full refund. The amount starts empty; refunding everything that remains asks for a
 * confirmation (the server insists on it). Whether the platform's fee goes back is the platform's
 * rule, stated here, not a choice. A submit sent again after an error refunds once: the server
 * derives Stripe's idempotency key from the order.
 */
export function RefundForm({
  orderId,
  maxLabel,
  feePolicy,
  action: refund,
}: {
  orderId: string;
  maxLabel: string;
  feePolicy: "proportional" | "never";
  /** Refunds the amount typed; answers the form's next state. */
  action: (previous: RefundFormState, formData: FormData) => Promise<RefundFormState>;
}) {
  const t = useTranslations("sellerOrders");
  const tr = useTranslations("moneyStock.refunds");
  const [state, action, pending] = useActionState<RefundFormState, FormData>(refund, null);
  const error = state?.error;
  const errorText =
    error === "confirmFull" || error === "refused" || error === "stripe"
      ? tr(`errors.${error}`, { message: state?.message ?? "" })
      : error
        ? t(`refundErrors.${error}`)
        : null;
  return (
    <form action={action} className="space-y-4">
      {state?.ok && <Alert tone="success">{t("refundDone")}</Alert>}
      {errorText && error !== "confirmFull" && <Alert tone="error">{errorText}</Alert>}
      <input type="hidden" name="orderId" value={orderId} />
      <Field
        id="refund-amount"
        name="amount"
        label={t("refundAmount")}
        hint={t("refundAmountHint", { max: maxLabel })}
        defaultValue={state?.ok ? "" : (state?.amount ?? "")}
        key={state?.ok ? "done" : (state?.amount ?? "")}
        inputMode="decimal"
        autoComplete="off"
        required
      />
      {error === "confirmFull" && (
        <div role="alert" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm">
          <p>{tr("confirmFull", { amount: maxLabel })}</p>
          <label className="flex items-center gap-2 font-medium">
            <input type="checkbox" name="confirmFull" required className="size-4 accent-brand-600" />
            {tr("confirmFullLabel")}
          </label>
        </div>
      )}
      <p className="text-xs text-stone-500">{tr(`feePolicy.${feePolicy}`)}</p>
      <Button type="submit" variant="danger" disabled={pending} aria-busy={pending}>
        {pending ? t("refundPending") : t("refundSubmit")}
      </Button>
    </form>
  );
}
