import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { submitPendingRefunds } from "@/lib/orders/refunds";
import { closeCheckoutAttempt } from "./close-attempt";
import { SESSION_CREATE_WINDOW_SECONDS } from "./limits";

export type SweepResult = {
  /** Attempts closed: session expired on Stripe (when there was one), stock back on the shelves. */
  closed: string[];
  /** Attempts the buyer paid just before the sweep: the order followed the payment instead. */
  paid: string[];
  /** Attempts that could not be closed this time (Stripe unreachable...): the next run tries again. */
  failed: { orderId: string; error: string }[];
  /** Refunds written but not yet accepted by Stripe (payments on closed orders, unanswered submits) sent now. */
  refundsSubmitted: number;
};

/** A lost attempt (no session saved) is closed only well after any in-flight request could have saved one. */
const LOST_AFTER_MS = 2 * SESSION_CREATE_WINDOW_SECONDS * 1000;
const BATCH = 100;

/**
 * Gives back the stock of checkout attempts that will not be paid. Closes every PENDING order
 * whose reservation deadline (`reservedUntil`) has passed, and every one that never saved its
 * Checkout Session (the process died, or Stripe's answer was lost) two minutes on. For each:
 * the session, found by id or among the account's recent sessions, is expired on Stripe first,
 * outside any transaction, then the order is canceled and its stock released in one transaction.
 * A session the buyer completed in the meantime makes the order follow the payment instead.
 * It also sends the refunds written but not yet accepted by Stripe (lib/orders/refunds.ts), such
 * as those of payments that arrived for closed orders (lib/orders/late-payment.ts).
 *
 * Meant to run every minute from the job queue (issue 12 schedules it) and from
 * `npm run reconcile`. Safe to run again, or on several workers at once: every step is
 * conditional, so an attempt is closed once. Takes no arguments in production; `now` is for tests.
 */
export async function sweepOverdueCheckouts(options: { now?: Date } = {}): Promise<SweepResult> {
  const now = options.now ?? new Date();
  const result: SweepResult = { closed: [], paid: [], failed: [], refundsSubmitted: 0 };
  const overdue = await db.order.findMany({
    where: {
      status: "PENDING",
      OR: [
        { reservedUntil: { lt: now } },
        // Payment Element attempts have no session: only their deadline closes them.
        { checkoutSessionId: null, paymentExperience: { not: "payment_element" }, createdAt: { lt: new Date(now.getTime() - LOST_AFTER_MS) } },
      ],
    },
    select: { id: true },
    orderBy: { createdAt: "asc" },
    take: BATCH,
  });
  for (const { id } of overdue) {
    try {
      const outcome = await closeCheckoutAttempt(id, "deadline");
      if (outcome === "closed") result.closed.push(id);
      if (outcome === "paid") result.paid.push(id);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      logger.warn("overdue checkout attempt not closed yet", { orderId: id, error });
      result.failed.push({ orderId: id, error: message });
    }
  }
  // Refunds decided inside a transaction (a payment on a closed order) are sent here, outside any.
  result.refundsSubmitted = await submitPendingRefunds(new Date(now.getTime() - 60_000)).catch((error: unknown) => {
    logger.warn("pending refunds not submitted yet", { error });
    return 0;
  });
  if (overdue.length > 0) logger.info("checkout sweep", { closed: result.closed.length, paid: result.paid.length, failed: result.failed.length });
  return result;
}
