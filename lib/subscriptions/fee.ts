/**
 * The platform's cut on a subscription. Stripe Billing takes it as `application_fee_percent` of
 * every invoice, a percentage only: the platform's basis points (or the shop's override) become a
 * percent with two decimals (250 bps = 2.5 %). The fixed part of the fee is NOT added to
 * subscriptions: a fixed amount per invoice cannot be expressed in `application_fee_percent`, and
 * adding it would need an extra invoice item on every renewal, charged to the buyer. The README
 * says so to sellers and operators.
 */
export function feePercentFromBps(feeBps: number): number {
  if (!Number.isInteger(feeBps) || feeBps < 0 || feeBps > 10_000) throw new RangeError(`feeBps must be an integer from 0 to 10000, got ${feeBps}`);
  return feeBps / 100;
}

/** What Stripe takes on an invoice of `total` at `percent` (rounded to the nearest minor unit). */
export function subscriptionFee(total: number, percent: number): number {
  return Math.round((total * Math.round(percent * 100)) / 10_000);
}
