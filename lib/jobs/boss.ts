import PgBoss from "pg-boss";
import pg from "pg";
import { splitSchema } from "@/lib/database-url.mjs";
import { logger } from "@/lib/logger";
import { queueDefinitions } from "./queues";

/**
 * The job queue: pg-boss on the app's own PostgreSQL (no other infrastructure). Its tables live in
 * a schema of their own next to the app's (`pgboss`, or `<schema>_jobs` when DATABASE_URL names a
 * schema, as tests do). One small pg pool per process serves pg-boss and the webhook
 * acknowledgement, which must insert the event row and its job in one transaction.
 */
export type JobDatabase = { jobSchema: string; connectionString: string };

export function jobDatabase(url = process.env.DATABASE_URL): JobDatabase {
  if (!url) throw new Error("DATABASE_URL is not set (npm run dev starts an embedded database).");
  const { url: connectionString, schema } = splitSchema(url);
  return { jobSchema: schema ? `${schema}_jobs` : "pgboss", connectionString };
}

/**
 * Connections per process for the queue. A web instance only acknowledges webhooks (one short
 * transaction each, a few milliseconds), so a handful serves 50 concurrent deliveries; a worker
 * also fetches, completes and fails jobs, so it gets one per concurrent job plus two for
 * maintenance and scheduling. Prisma's pool (lib/db.ts) is separate: see the README.
 */
export const WEB_QUEUE_POOL = 5;
export const workerQueuePool = (concurrency: number) => concurrency + 2;

export type Queue = { boss: PgBoss; pool: pg.Pool; database: JobDatabase };

export type QueueOptions = {
  /** Workers maintain (expire, retry, archive) and schedule; web instances only send. */
  role: "web" | "worker";
  poolSize?: number;
  /** Tests shorten pg-boss's clocks. */
  bossOptions?: Partial<PgBoss.ConstructorOptions>;
  /** Tests shorten retry delays and expiry (applied when a queue is first created). */
  queueOverrides?: Record<string, Partial<PgBoss.Queue>>;
};

export async function openQueue(options: QueueOptions, url?: string): Promise<Queue> {
  const database = jobDatabase(url);
  const pool = new pg.Pool({
    connectionString: database.connectionString,
    max: options.poolSize ?? (options.role === "web" ? WEB_QUEUE_POOL : workerQueuePool(10)),
    application_name: `comptoir-${options.role}`,
  });
  pool.on("error", () => {}); // an idle connection dropped by the server: the pool replaces it
  const worker = options.role === "worker";
  const boss = new PgBoss({
    db: { executeSql: (text: string, values?: unknown[]) => pool.query(text, values) },
    schema: database.jobSchema,
    supervise: worker,
    schedule: worker,
    migrate: true,
    ...options.bossOptions,
  });
  boss.on("error", (error) => logger.error("job queue error", { error }));
  await boss.start();
  for (const queue of queueDefinitions()) await boss.createQueue(queue.name, { ...queue, ...options.queueOverrides?.[queue.name] });
  return { boss, pool, database };
}

export async function closeQueue(queue: Queue): Promise<void> {
  await queue.boss.stop({ graceful: false, wait: true, close: false }).catch(() => {});
  await queue.pool.end().catch(() => {});
}

const globalForQueue = globalThis as unknown as { webQueue?: Promise<Queue> };

/** The queue of a web instance, opened on first use (a webhook) and kept for the process. */
export function webQueue(): Promise<Queue> {
  globalForQueue.webQueue ??= openQueue({ role: "web" }).catch((error: unknown) => {
    globalForQueue.webQueue = undefined;
    throw error;
  });
  return globalForQueue.webQueue;
}

/** Closes the web instance's queue (tests, and processes that exit). */
export async function closeWebQueue(): Promise<void> {
  const opened = globalForQueue.webQueue;
  globalForQueue.webQueue = undefined;
  if (opened) await closeQueue(await opened.catch(() => null as never)).catch(() => {});
}
