/**
 * How long a checkout attempt may hold stock, and how much one cart may hold. A Checkout Session
 * lives 30 minutes (Stripe's minimum) plus a minute, so that a retried create with the same
 * idempotency key, sent a few seconds later, still asks for an expiry Stripe accepts.
 */
export const SESSION_LIFETIME_SECONDS = 31 * 60;
/** Past the session's expiry, Stripe's own checkout.session.expired gets this long before the sweep steps in. */
export const RESERVATION_GRACE_SECONDS = 5 * 60;
/** An attempt whose session was not saved within this time is taken as lost (crash, timeout): the next one replaces it. */
export const SESSION_CREATE_WINDOW_SECONDS = 60;

/** At most this many units held at once by the open attempts of one guest cart / one signed-in buyer's cart. */
export const MAX_RESERVED_UNITS = { guest: 20, signedIn: 60 } as const;
/** At most this many checkout attempts per cart in ATTEMPT_WINDOW_SECONDS. */
export const MAX_ATTEMPTS_PER_CART = 10;
export const ATTEMPT_WINDOW_SECONDS = 10 * 60;

/** When the session of an attempt started at `createdAt` expires, in Unix seconds (stable: retries send the same). */
export function sessionExpiresAt(createdAt: Date): number {
  return Math.floor(createdAt.getTime() / 1000) + SESSION_LIFETIME_SECONDS;
}

/** The reservation's deadline in the database: the session's expiry plus the grace period. */
export function reservationDeadline(createdAt: Date): Date {
  return new Date((sessionExpiresAt(createdAt) + RESERVATION_GRACE_SECONDS) * 1000);
}
