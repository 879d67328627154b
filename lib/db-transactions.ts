/**
 * Options for transactions that call Stripe while they hold row locks (webhook handling,
 * fulfilment, account and refund syncs): Prisma's 5-second default is too short for a slow answer.
 */
export const STRIPE_TX_OPTIONS = { maxWait: 30_000, timeout: 45_000 } as const;
