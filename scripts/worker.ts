/**
 * `npm run worker`: one background worker (Stripe events, scheduled jobs, email outbox). Run as
 * many as you like next to the web instances; they coordinate through PostgreSQL only.
 * WORKER_CONCURRENCY (default 10) jobs at a time; SIGTERM/SIGINT finish the jobs in hand, then exit.
 */
import { loadDotEnv } from "./lib/local-env";

loadDotEnv();

async function main() {
  const requested = Number(process.env.WORKER_CONCURRENCY ?? 10);
  const concurrency = Number.isInteger(requested) && requested > 0 ? requested : 10;
  // A connection for each job in hand, plus the outbox and the schedule (read by lib/db.ts).
  process.env.DATABASE_POOL_SIZE ??= String(concurrency + 2);
  const { runWorker } = await import("@/lib/jobs/work");
  const worker = await runWorker({ concurrency });
  console.log(JSON.stringify({ level: "info", time: new Date().toISOString(), message: "worker started", concurrency }));
  const stop = async () => {
    await worker.stop();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
