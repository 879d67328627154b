import type Stripe from "stripe";
import { getStripe } from "./client";

/**
 * A one-time onboarding URL for the connected account. Never stored or sent anywhere but the
 * seller's browser: it expires within minutes, and refresh_url mints a new one.
 */
export function createAccountLink(input: { accountId: string; refreshUrl: string; returnUrl: string }): Promise<Stripe.AccountLink> {
  return getStripe().accountLinks.create({
    account: input.accountId,
    type: "account_onboarding",
    refresh_url: input.refreshUrl,
    return_url: input.returnUrl,
    collection_options: { fields: "currently_due" },
  });
}
