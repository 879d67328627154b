"use client";

import { loadStripe, type Stripe } from "@stripe/stripe-js";
import { useTranslations } from "next-intl";
import { useEffect, useState, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

const cache = new Map<string, Promise<Stripe | null>>();

/**
 * Stripe.js for a seller's account (direct charges: Stripe-Account on every browser call), in the
 * buyer's language. One instance per key, account and locale; a failed load is forgotten so that
 * "try again" loads again. In emulator mode the layout already put the emulator's Stripe.js on
 * the page, which loadStripe() then returns.
 */
export function stripeFor(publishableKey: string, stripeAccount: string, locale: "fr" | "en"): Promise<Stripe | null> {
  const key = `${publishableKey}|${stripeAccount}|${locale}`;
  let promise = cache.get(key);
  if (!promise) {
    promise = loadStripe(publishableKey, { stripeAccount, locale }).catch((error: unknown) => {
      cache.delete(key);
      throw error;
    });
    cache.set(key, promise);
  }
  return promise;
}

type LoaderProps = {
  publishableKey: string;
  stripeAccount: string;
  locale: "fr" | "en";
  /** Renders Stripe's component once Stripe.js is there; `fail` shows the error and retry state. */
  children: (stripe: Promise<Stripe | null>, fail: () => void) => ReactNode;
};

/** Loading, error and retry states around Stripe.js, shared by embedded Checkout and the Payment Element. */
export function WithStripe({ publishableKey, stripeAccount, locale, children }: LoaderProps) {
  const t = useTranslations("onSitePayments.pay");
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
        <Alert tone="error">{t("loadFailed")}</Alert>
        <Button
          type="button"
          onClick={() => {
            cache.delete(`${publishableKey}|${stripeAccount}|${locale}`);
            setFailed(false);
            setStripe(null);
            setAttempt((n) => n + 1);
          }}
        >
          {t("retry")}
        </Button>
      </div>
    );
  }
  if (!stripe) return <Loading label={t("loading")} />;
  return children(stripe, () => setFailed(true));
}

export function Loading({ label }: { label: string }) {
  return (
    <p role="status" className="flex items-center gap-2 text-sm text-stone-500">
      <span aria-hidden className="size-3 animate-spin rounded-full border-2 border-stone-300 border-t-brand-600" />
      {label}
    </p>
  );
}
