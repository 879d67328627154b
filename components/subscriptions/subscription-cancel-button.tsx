"use client";
import { useTranslations } from "next-intl";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Result = { ok: true; cancelAtPeriodEnd: boolean } | { ok: false; reason: string };

/** Cancel at period end / undo, with the outcome announced to screen readers. */
export function SubscriptionCancelButton({
  subscriptionId,
  cancelAtPeriodEnd,
  endsOn,
  action,
}: {
  subscriptionId: string;
  cancelAtPeriodEnd: boolean;
  endsOn: string;
  action: (input: { subscriptionId: string; cancel: boolean }) => Promise<Result>;
}) {
  const t = useTranslations("subscriptions.account");
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  function toggle() {
    start(async () => {
      const result = await action({ subscriptionId, cancel: !cancelAtPeriodEnd });
      if (!result.ok) return setMessage({ tone: "error", text: t("error") });
      setMessage({ tone: "success", text: result.cancelAtPeriodEnd ? t("cancelDone", { date: endsOn }) : t("undoDone") });
    });
  }
  return (
    <div className="space-y-2">
      <Button type="button" variant={cancelAtPeriodEnd ? "primary" : "secondary"} onClick={toggle} disabled={pending}>
        {pending ? t("cancelling") : cancelAtPeriodEnd ? t("undo") : t("cancel")}
      </Button>
      <div aria-live="polite">{message && <Alert tone={message.tone}>{message.text}</Alert>}</div>
    </div>
  );
}
