"use client";

import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Loading, WithStripe } from "./stripe-loader";

type Props = {
  publishableKey: string;
  stripeAccount: string;
  locale: "fr" | "en";
  orderId: string;
  /** Shown by the Payment Element (deferred intent); the server charges the order's own amount whatever the browser says. */
  amount: number;
  currency: string;
  totalLabel: string;
};

type Answer =
  | { status: "succeeded" | "processing" | "closed" | "not_found" | "invalid" | "forbidden" | "address_required" }
  | { status: "requires_action"; clientSecret: string }
  | { status: "requires_payment_method"; message: string }
  | { status: "error"; retryable: boolean };

/** The browser sends the order's reference and a ConfirmationToken id, nothing else (app/api/checkout/pay). */
async function confirmOnServer(orderId: string, confirmationTokenId?: string): Promise<Answer> {
  const response = await fetch("/api/checkout/pay", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(confirmationTokenId ? { orderId, confirmationTokenId } : { orderId }),
  });
  return (await response.json().catch(() => ({ status: "error", retryable: true }))) as Answer;
}

/** The Payment Element in deferred-intent mode; the PaymentIntent is created and confirmed by our server (seeds 003, 001). */
export function PaymentElementForm({ publishableKey, stripeAccount, locale, orderId, amount, currency, totalLabel }: Props) {
  return (
    <WithStripe publishableKey={publishableKey} stripeAccount={stripeAccount} locale={locale}>
      {(stripe, fail) => (
        <Elements stripe={stripe} options={{ mode: "payment", amount, currency, locale, appearance: { theme: "stripe" } }}>
          <PayForm orderId={orderId} totalLabel={totalLabel} onLoadError={fail} />
        </Elements>
      )}
    </WithStripe>
  );
}

function PayForm({ orderId, totalLabel, onLoadError }: { orderId: string; totalLabel: string; onLoadError: () => void }) {
  const t = useTranslations("onSitePayments.pay");
  const stripe = useStripe();
  const elements = useElements();
  const router = useRouter();
  const [ready, setReady] = useState(false);
  const [paying, setPaying] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  /** Follows the server's answers: a next action is handled by Stripe.js, then the server reads the PaymentIntent again. */
  async function follow(answer: Answer): Promise<void> {
    for (let round = 0; round < 3; round++) {
      if (answer.status === "requires_action") {
        const { error } = await stripe!.handleNextAction({ clientSecret: answer.clientSecret });
        if (error) {
          setMessage(t("authFailed"));
          return;
        }
        answer = await confirmOnServer(orderId);
        continue;
      }
      if (answer.status === "requires_payment_method") {
        setMessage(t("declined", { message: answer.message }));
        return;
      }
      if (answer.status === "error" || answer.status === "invalid" || answer.status === "forbidden") {
        setMessage(t("error"));
        return;
      }
      // succeeded, processing, closed, address_required: the page shows the order as it now is.
      router.refresh();
      return;
    }
    setMessage(t("error"));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!stripe || !elements || paying) return;
    setPaying(true);
    setMessage(null);
    try {
      const { error: fieldError } = await elements.submit();
      if (fieldError) {
        setMessage(fieldError.message ?? t("error"));
        return;
      }
      const { error, confirmationToken } = await stripe.createConfirmationToken({ elements });
      if (error || !confirmationToken) {
        setMessage(error?.message ?? t("error"));
        return;
      }
      await follow(await confirmOnServer(orderId, confirmationToken.id));
    } catch {
      setMessage(t("error"));
    } finally {
      setPaying(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-4" aria-busy={paying}>
      {!ready && <Loading label={t("loading")} />}
      <div className="rounded-xl border border-stone-200 bg-white p-4">
        <PaymentElement onReady={() => setReady(true)} onLoadError={onLoadError} />
      </div>
      <div aria-live="polite">{message && <Alert tone="error">{message}</Alert>}</div>
      <Button type="submit" disabled={!ready || !stripe || paying} className="w-full sm:w-auto">
        {paying ? t("paying") : t("payNow", { amount: totalLabel })}
      </Button>
    </form>
  );
}
