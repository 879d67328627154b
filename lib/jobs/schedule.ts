/**
 * Work that runs on a clock, once across all instances: pg-boss's cron (run by every worker)
 * puts one job per due time in the job's queue, and one worker takes it. Adding a job is one line.
 * `run` imports its module lazily, so loading the queue does not load the whole domain.
 */
export type ScheduledJob = { name: string; cron: string; run: () => Promise<unknown> };

const MINUTE = 60_000;

export const SCHEDULE: ScheduledJob[] = [
  // Checkout attempts past their deadline (or that never saved a session) give their stock back.
  { name: "sweep-overdue-checkouts", cron: "* * * * *", run: async () => (await import("@/lib/checkout/sweep")).sweepOverdueCheckouts() },
  // Sessions a lost webhook left behind (the last hour, so that a slow event is seen twice).
  { name: "reconcile-recent-sessions", cron: "*/5 * * * *", run: async () => (await import("@/lib/admin/reconcile")).reconcile({ since: new Date(Date.now() - 60 * MINUTE) }) },
  { name: "prune-guest-carts", cron: "17 * * * *", run: async () => (await import("@/lib/cart/prune")).pruneStaleGuestCarts() },
];
