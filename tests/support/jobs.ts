import { afterAll } from "vitest";
import { closeQueue, closeWebQueue, openQueue, type Queue, type QueueOptions } from "@/lib/jobs/boss";
import { drainQueues } from "@/lib/jobs/runner";
import { jobHandlers } from "@/lib/jobs/work";

let opened: Promise<Queue> | undefined;

/** This test file's queue, opened as a worker would (without pg-boss's own timers). */
export function testQueue(options: Partial<QueueOptions> = {}): Promise<Queue> {
  opened ??= openQueue({ role: "worker", poolSize: 4, ...options, bossOptions: { supervise: false, schedule: false, ...options.bossOptions } });
  return opened;
}

/** Runs every job that is due, as a worker would, until none is left: webhooks' effects are then applied. */
export async function drainJobs(): Promise<number> {
  return drainQueues(await testQueue(), jobHandlers());
}

/** Makes jobs waiting for their back-off due now (time passing, without waiting for it). */
export async function retryWaitingJobsNow(): Promise<void> {
  const queue = await testQueue();
  await queue.pool.query(`UPDATE "${queue.database.jobSchema}".job SET start_after = now() WHERE state = 'retry'`);
}

/** Lets time pass until no job is waiting any more: each retry runs, up to the last attempt. */
export async function drainJobsThroughRetries(): Promise<number> {
  let total = 0;
  for (;;) {
    await retryWaitingJobsNow();
    const ran = await drainJobs();
    if (ran === 0) return total;
    total += ran;
  }
}

/** A webhook route that also lets a worker apply what it queued, for tests of the effects. */
export function delivering<A extends unknown[]>(route: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    const response = await route(...args);
    await drainJobs();
    return response;
  };
}

afterAll(async () => {
  if (opened) await closeQueue(await opened);
  opened = undefined;
  await closeWebQueue();
});
