import type { AsyncResource } from "node:async_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { splitSchema } from "@/lib/database-url.mjs";
import { PrismaClient } from "@/generated/prisma/client";

/**
 * One PrismaClient per process, through the PostgreSQL driver adapter: the same code path for the
 * embedded PGlite server and for a real PostgreSQL. A `?schema=` parameter selects a PostgreSQL
 * schema (tests give each file its own).
 */
export function createPrismaClient(connectionString: string): PrismaClient {
  const { url, schema } = splitSchema(connectionString);
  // 10 per web instance; a worker sets DATABASE_POOL_SIZE to its job concurrency plus two (README).
  const max = Number(process.env.DATABASE_POOL_SIZE) || 10;
  const adapter = new PrismaPg({ connectionString: url, max, Client: RequestFreeClient }, schema ? { schema } : undefined);
  if (process.env.DB_QUERY_EVENTS !== "1") return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
  const client = new PrismaClient({ adapter, omit: { user: { passwordHash: true } }, log: [{ emit: "event", level: "query" }] });
  client.$on("query", () => {
    queryCounter.sent++;
  });
  return client as unknown as PrismaClient;
}

// SQL statements sent by this process, counted only with DB_QUERY_EVENTS=1 (the pages bench and the
// query-count tests): Prisma's query events cost a little on every query, so production leaves them off.
// On globalThis like the client, since a production build may hold several copies of this module.
const queryCounter = ((globalThis as unknown as { dbQueryCounter?: { sent: number } }).dbQueryCounter ??= { sent: 0 });
export const queryCount = () => queryCounter.sent;

/**
 * A pooled connection opened outside any request's async context (instrumentation.ts makes the
 * scope at server start): its socket lives as long as the pool and would otherwise pin the store of
 * the request that happened to open it, and everything that store reaches. pg also keeps the
 * connect callback (the pool's, which holds the waiting request's promise) in listeners that live
 * as long as the connection: it is handed a callback that lets go of it once called. Outside
 * Next.js (scripts, workers, tests) there is no scope and nothing to pin.
 */
class RequestFreeClient extends pg.Client {
  constructor(config?: pg.ClientConfig) {
    super(config);
    const scope = (globalThis as { dbConnectScope?: AsyncResource }).dbConnectScope;
    if (!scope) return;
    // pg's overloads: a promise, or a callback.
    const connect = this.connect.bind(this) as (callback?: (...result: unknown[]) => void) => unknown;
    this.connect = ((callback?: (...result: unknown[]) => void) => {
      if (!callback) return scope.runInAsyncScope(() => connect());
      let pending: typeof callback | null = callback;
      const once = (...result: unknown[]) => {
        const call = pending;
        pending = null;
        call?.(...result);
      };
      return scope.runInAsyncScope(() => connect(once));
    }) as pg.Client["connect"];
  }
}

const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

function getClient(): PrismaClient {
  if (!globalForDb.prisma) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set (npm run dev starts an embedded database).");
    globalForDb.prisma = createPrismaClient(connectionString);
  }
  return globalForDb.prisma;
}

/** Lazily connected so that importing this module never needs a database (builds, type checks). */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getClient();
    const value = Reflect.get(client, property, client) as unknown;
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(client) : value;
  },
});

/**
 * A table of the app's schema, quoted, for the raw SQL statements: Prisma qualifies the tables of
 * its own queries with DATABASE_URL's `?schema=`, but not those of raw SQL. The schema is the URL's
 * `?schema=`, else public, as `jobDatabase` (lib/jobs/boss.ts) tells pg-boss. Raw SQL serves hot
 * paths (the cart page, webhook acknowledgement), so the URL is parsed once, not per statement.
 */
export function appTable(name: string): string {
  const url = process.env.DATABASE_URL ?? "";
  if (quotedSchema?.url !== url) {
    const schema = (url ? splitSchema(url).schema : undefined) ?? "public";
    quotedSchema = { url, quoted: `"${schema.replaceAll('"', '""')}"` };
  }
  return `${quotedSchema.quoted}."${name}"`;
}
let quotedSchema: { url: string; quoted: string } | undefined;
