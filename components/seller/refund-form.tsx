"use client";
import { useTranslations } from "next-intl";

import { useActionState, useState } from "react";
import { refundOrderAction, type RefundFormState } from "@/app/(seller)/seller/orders/[orderId]/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

/** Partial or full refund. A fresh request id per attempt keys Stripe's idempotency. */
export function RefundForm({ orderId, maxLabel, defaultAmount }: { orderId: string; maxLabel: string; defaultAmount: string; }) {
  const t = useTranslations("sellerOrders");
  const [state, action, pending] = useActionState<RefundFormState, FormData>(refundOrderAction, null);
  const [requestId, setRequestId] = useState(() => crypto.randomUUID());
  return (
    <form
      action={(formData) => {
        action(formData);
        setRequestId(crypto.randomUUID());
      }}
      className="space-y-4"
    >
      {state?.ok && <Alert tone="success">{t("refundDone")}</Alert>}
      {state?.error && <Alert tone="error">{t(`refundErrors.${state.error}`)}</Alert>}
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="requestId" value={requestId} />
      <Field id="refund-amount" name="amount" label={t("refundAmount")} hint={t("refundAmountHint", { max: maxLabel })} defaultValue={defaultAmount} inputMode="decimal" required />
      <label className="flex items-start gap-3 text-sm">
        <input type="checkbox" name="refundApplicationFee" className="mt-0.5 size-4 accent-brand-600" />
        <span>
          <span className="font-medium">{t("refundFee")}</span>
          <span className="block text-xs text-stone-500">{t("refundFeeHint")}</span>
        </span>
      </label>
      <Button type="submit" variant="danger" disabled={pending} aria-busy={pending}>
        {pending ? t("refundPending") : t("refundSubmit")}
      </Button>
    </form>
  );
}
