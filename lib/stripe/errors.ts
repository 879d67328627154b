import Stripe from "stripe";

export type StripeFailure =
  | { kind: "rate_limited" }
  | { kind: "unavailable" }
  | { kind: "invalid"; message: string; param?: string }
  | { kind: "unknown" };

/**
 * What a failed Stripe call means for the person waiting: try again soon (429), Stripe is down or
 * slow (5xx, network, timeout, an idempotent request still in flight), or the request itself was
 * refused. Retrying the first two is safe because every creating call carries an idempotency key.
 */
export function classifyStripeError(error: unknown): StripeFailure {
  if (error instanceof Stripe.errors.StripeRateLimitError) return { kind: "rate_limited" };
  if (
    error instanceof Stripe.errors.StripeAPIError ||
    error instanceof Stripe.errors.StripeConnectionError ||
    error instanceof Stripe.errors.StripeIdempotencyError
  ) {
    return { kind: "unavailable" };
  }
  if (error instanceof Stripe.errors.StripeError) {
    if ((error.statusCode ?? 0) >= 500) return { kind: "unavailable" };
    if (error.statusCode === 429) return { kind: "rate_limited" };
    if (error instanceof Stripe.errors.StripeInvalidRequestError || error instanceof Stripe.errors.StripeCardError) {
      return { kind: "invalid", message: error.message, param: error.param };
    }
  }
  return { kind: "unknown" };
}
