import type PgBoss from "pg-boss";
import { SCHEDULE } from "./schedule";

/** One Stripe event to apply (data: { eventId, endpoint }). */
export const STRIPE_EVENT_QUEUE = "stripe-event";

/**
 * Retries with exponential back-off (pg-boss doubles the delay each time, with jitter): a failing
 * event is tried again after about 5 s, 10 s, 20 s… for 8 retries (about 20 minutes in all),
 * then ends FAILED in the webhook log, where an operator can replay it. A job running longer than
 * its expiry (a worker that died mid-job) is failed by pg-boss's maintenance and retried.
 */
export const STRIPE_EVENT_RETRY_LIMIT = 8;
const STRIPE_EVENT_OPTIONS: PgBoss.Queue = {
  name: STRIPE_EVENT_QUEUE,
  retryLimit: STRIPE_EVENT_RETRY_LIMIT,
  retryDelay: 5,
  retryBackoff: true,
  expireInSeconds: 120,
};

/** Every queue, read when a process opens the queue (the schedule may have grown by then). */
export const queueDefinitions = (): PgBoss.Queue[] => [
  STRIPE_EVENT_OPTIONS,
  // A scheduled job never overlaps itself and is not retried: the next run does the work.
  ...SCHEDULE.map((job) => ({ name: job.name, policy: "singleton" as const, retryLimit: 0, expireInSeconds: 15 * 60 })),
];
