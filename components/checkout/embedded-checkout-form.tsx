"use client";

import { EmbeddedCheckout, EmbeddedCheckoutProvider } from "@stripe/react-stripe-js";
import { WithStripe } from "./stripe-loader";

type Props = { publishableKey: string; stripeAccount: string; locale: "fr" | "en"; clientSecret: string };

/** Embedded Checkout (seed 004): Stripe's form in our page; once paid, Stripe sends the buyer to the session's return_url. */
export function EmbeddedCheckoutForm({ publishableKey, stripeAccount, locale, clientSecret }: Props) {
  return (
    <WithStripe publishableKey={publishableKey} stripeAccount={stripeAccount} locale={locale}>
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
