/**
 * `npm run worker`: one background worker (Stripe events, scheduled jobs, email outbox). Run as
 * many as you like next to the web instances; they coordinate through PostgreSQL only.
 * WORKER_CONCURRENCY (default 10) jobs at a time; SIGTERM/SIGINT finish the jobs in hand, then exit.
 */
import { loadDotEnv } from "./lib/local-env";

loadDotEnv();

async function main() {
  const { runWorker } = await import("@/lib/jobs/work");
  const concurrency = Number(process.env.WORKER_CONCURRENCY ?? 10);
  const worker = await runWorker({ concurrency: Number.isInteger(concurrency) && concurrency > 0 ? concurrency : 10 });
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
