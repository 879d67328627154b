"use client";

import { loadStripe, type Stripe } from "@stripe/stripe-js";

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

export function forgetStripe(publishableKey: string, stripeAccount: string, locale: "fr" | "en") {
  cache.delete(`${publishableKey}|${stripeAccount}|${locale}`);
}
