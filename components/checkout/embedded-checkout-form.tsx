"use client";

import { EmbeddedCheckout, EmbeddedCheckoutProvider } from "@stripe/react-stripe-js";
import { useEffect, useState } from "react";
import type { Stripe } from "@stripe/stripe-js";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { OnSitePaymentsMessages } from "@/lib/i18n/messages/on-site-payments";
import { forgetStripe, stripeFor } from "./stripe-loader";

type Props = { publishableKey: string; stripeAccount: string; locale: "fr" | "en"; clientSecret: string; t: OnSitePaymentsMessages["pay"] };

/** Embedded Checkout (seed 004): Stripe's form in our page; once paid, Stripe sends the buyer to the session's return_url. */
export function EmbeddedCheckoutForm({ publishableKey, stripeAccount, locale, clientSecret, t }: Props) {
  const [stripe, setStripe] = useState<Promise<Stripe | null> | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const promise = stripeFor(publishableKey, stripeAccount, locale);
    promise.then(
      (loaded) => (loaded ? setStripe(promise) : setFailed(true)),
      () => setFailed(true),
    );
  }, [publishableKey, stripeAccount, locale, attempt]);

  if (failed) {
    return (
      <div className="space-y-3">
        <Alert tone="error">{t.loadFailed}</Alert>
        <Button
          type="button"
          onClick={() => {
            forgetStripe(publishableKey, stripeAccount, locale);
            setFailed(false);
            setAttempt((n) => n + 1);
          }}
        >
          {t.retry}
        </Button>
      </div>
    );
  }
  if (!stripe) return <Loading label={t.loading} />;
  return (
    <div id="checkout" className="min-h-96 rounded-xl border border-stone-200 bg-white p-2">
      <EmbeddedCheckoutProvider stripe={stripe} options={{ clientSecret }}>
        <EmbeddedCheckout />
      </EmbeddedCheckoutProvider>
    </div>
  );
}

export function Loading({ label }: { label: string }) {
  return (
    <p role="status" className="flex items-center gap-2 text-sm text-stone-500">
      <span aria-hidden className="size-3 animate-spin rounded-full border-2 border-stone-300 border-t-brand-600" />
      {label}
    </p>
  );
}
