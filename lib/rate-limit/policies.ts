import type { RateLimitPolicy } from "./index";

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * Every limit of the app, in one place. Sign-in failures are counted three ways so that nobody can
 * lock an account out: the pair (email, client) gets the steep delays; one client trying many
 * emails is slowed per address; one email tried from many clients is slowed too, but never for more
 * than a minute, so its owner always gets in.
 */
export const POLICIES = {
  signInPair: { name: "signin-pair", free: 5, windowMs: 15 * MINUTE, baseDelayMs: 30 * SECOND, maxDelayMs: 15 * MINUTE },
  signInClient: { name: "signin-client", free: 20, windowMs: 15 * MINUTE, baseDelayMs: 30 * SECOND, maxDelayMs: HOUR },
  signInEmail: { name: "signin-email", free: 10, windowMs: 15 * MINUTE, baseDelayMs: 5 * SECOND, maxDelayMs: MINUTE },
  signUpClient: { name: "signup-client", free: 30, windowMs: HOUR, baseDelayMs: 30 * SECOND, maxDelayMs: HOUR },
  checkoutClient: { name: "checkout-client", free: 40, windowMs: 10 * MINUTE, baseDelayMs: 10 * SECOND, maxDelayMs: 10 * MINUTE },
  slugCheckUser: { name: "slug-user", free: 60, windowMs: MINUTE, baseDelayMs: 5 * SECOND, maxDelayMs: 5 * MINUTE },
} satisfies Record<string, RateLimitPolicy>;
