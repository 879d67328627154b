import type PgBoss from "pg-boss";
import { logger } from "@/lib/logger";
import type { Queue } from "./boss";

export type JobHandler = (job: PgBoss.JobWithMetadata<Record<string, unknown>>) => Promise<unknown>;
export type JobHandlers = Record<string, JobHandler>;

export type RunningWorker = { stop(): Promise<void>; wake(): void };

/** True on a job's last allowed attempt: a failure now is final (pg-boss will not retry it). */
export const isLastAttempt = (job: { retryCount: number; retryLimit: number }) => job.retryCount >= job.retryLimit;

/**
 * Takes jobs from each queue, up to `concurrency` at a time, and settles each on its own: a job
 * that throws is failed (pg-boss retries it later with back-off, or marks it failed at its
 * limit), the others complete. A queue that had work is asked again at once; an idle one is
 * polled every `pollMs` (or sooner, on wake()).
 */
export function startWorker(queue: Queue, handlers: JobHandlers, options: { concurrency: number; pollMs: number }): RunningWorker {
  let stopping = false;
  const sleepers = new Set<() => void>();
  const nap = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      sleepers.add(done);
    });

  const loop = async (name: string, handler: JobHandler) => {
    while (!stopping) {
      let count = 0;
      try {
        count = await runBatch(queue.boss, name, handler, options.concurrency);
      } catch (error) {
        logger.error("job queue unreachable", { queue: name, error });
      }
      if (count < options.concurrency && !stopping) await nap(options.pollMs);
    }
  };
  const loops = Object.entries(handlers).map(([name, handler]) => loop(name, handler));
  return {
    wake: () => sleepers.forEach((wake) => wake()),
    async stop() {
      stopping = true;
      sleepers.forEach((wake) => wake());
      await Promise.all(loops);
    },
  };
}

/** Runs what is due now in every queue until nothing is left (tests, and `npm run worker -- --once`). */
export async function drainQueues(queue: Queue, handlers: JobHandlers, concurrency = 10): Promise<number> {
  let total = 0;
  for (;;) {
    let round = 0;
    for (const [name, handler] of Object.entries(handlers)) round += await runBatch(queue.boss, name, handler, concurrency);
    total += round;
    if (round === 0) return total;
  }
}

async function runBatch(boss: PgBoss, name: string, handler: JobHandler, batchSize: number): Promise<number> {
  const jobs = await boss.fetch<Record<string, unknown>>(name, { batchSize, includeMetadata: true });
  if (!jobs?.length) return 0;
  await Promise.all(
    jobs.map(async (job) => {
      try {
        await handler(job);
        await boss.complete(name, job.id);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        logger.warn("job failed", { queue: name, jobId: job.id, attempt: job.retryCount + 1, final: isLastAttempt(job), error: message });
        await boss.fail(name, job.id, { message });
      }
    }),
  );
  return jobs.length;
}
