"use client";

import { EmbeddedCheckout, EmbeddedCheckoutProvider } from "@stripe/react-stripe-js";
import type { OnSitePaymentsMessages } from "@/lib/i18n/messages/on-site-payments";
import { WithStripe } from "./stripe-loader";

type Props = { publishableKey: string; stripeAccount: string; locale: "fr" | "en"; clientSecret: string; t: OnSitePaymentsMessages["pay"] };

/** Embedded Checkout (seed 004): Stripe's form in our page; once paid, Stripe sends the buyer to the session's return_url. */
export function EmbeddedCheckoutForm({ publishableKey, stripeAccount, locale, clientSecret, t }: Props) {
  return (
    <WithStripe publishableKey={publishableKey} stripeAccount={stripeAccount} locale={locale} t={t}>
      {(stripe) => (
        <div id="checkout" className="min-h-96 rounded-xl border border-stone-200 bg-white p-2">
          <EmbeddedCheckoutProvider stripe={stripe} options={{ clientSecret }}>
            <EmbeddedCheckout />
          </EmbeddedCheckoutProvider>
        </div>
      )}
    </WithStripe>
  );
}
