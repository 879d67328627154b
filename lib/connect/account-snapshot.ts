import type Stripe from "stripe";

/** The columns of ConnectedAccount that mirror a Stripe account object. */
export function accountSnapshot(account: Stripe.Account, syncedAt = new Date()) {
  const requirements = account.requirements;
  return {
    chargesEnabled: account.charges_enabled ?? false,
    payoutsEnabled: account.payouts_enabled ?? false,
    detailsSubmitted: account.details_submitted ?? false,
    currentlyDue: requirements?.currently_due ?? [],
    eventuallyDue: requirements?.eventually_due ?? [],
    pastDue: requirements?.past_due ?? [],
    pendingVerification: requirements?.pending_verification ?? [],
    disabledReason: requirements?.disabled_reason ?? null,
    currentDeadline: requirements?.current_deadline ? new Date(requirements.current_deadline * 1000) : null,
    lastSyncedAt: syncedAt,
  };
}
