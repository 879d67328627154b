import { deliverPendingEmails } from "@/lib/email/deliver";
import { logger } from "@/lib/logger";
import { processStripeEvent, type WebhookEndpoint } from "@/lib/webhooks/process-event";
import { closeQueue, openQueue, workerQueuePool, type QueueOptions } from "./boss";
import { STRIPE_EVENT_QUEUE } from "./queues";
import { isLastAttempt, startWorker, type JobHandlers } from "./runner";
import { SCHEDULE } from "./schedule";

/** What each queue's jobs do. */
export const jobHandlers = (): JobHandlers => ({
  [STRIPE_EVENT_QUEUE]: async (job) => {
    const { eventId, endpoint } = job.data as { eventId: string; endpoint: WebhookEndpoint };
    await processStripeEvent(eventId, endpoint, { final: isLastAttempt(job) });
  },
  ...Object.fromEntries(SCHEDULE.map((scheduled) => [scheduled.name, async () => void (await scheduled.run())])),
});

export type WorkerOptions = { concurrency?: number; pollMs?: number; bossOptions?: QueueOptions["bossOptions"] };

/**
 * A worker: applies queued Stripe events, runs the schedule (pg-boss's cron sends each due job
 * once, whichever workers are running), and sends the email outbox. Any number can run at once.
 */
export async function runWorker(options: WorkerOptions = {}) {
  const concurrency = options.concurrency ?? 10;
  const pollMs = options.pollMs ?? 500;
  const queue = await openQueue({ role: "worker", poolSize: workerQueuePool(concurrency), bossOptions: options.bossOptions });
  for (const scheduled of SCHEDULE) await queue.boss.schedule(scheduled.name, scheduled.cron, {}, { tz: "UTC" });
  const jobs = startWorker(queue, jobHandlers(), { concurrency, pollMs });
  const outbox = startOutbox(pollMs);
  return {
    queue,
    async stop() {
      await Promise.all([jobs.stop(), outbox.stop()]);
      await closeQueue(queue);
    },
  };
}

/** Sends the outbox continuously: at once while there is a backlog, else every `pollMs`. */
function startOutbox(pollMs: number) {
  let stopping = false;
  let wake: (() => void) | undefined;
  const loop = (async () => {
    while (!stopping) {
      const sent = await deliverPendingEmails(20).catch((error: unknown) => {
        logger.error("email outbox unreachable", { error });
        return 0;
      });
      if (sent === 0 && !stopping) await new Promise<void>((resolve) => ((wake = resolve), setTimeout(resolve, pollMs)));
    }
  })();
  return {
    async stop() {
      stopping = true;
      wake?.();
      await loop;
    },
  };
}
