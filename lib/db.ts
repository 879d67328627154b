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
  return withPool(connectionString).client;
}

type Connected = { client: PrismaClient; pool: pg.Pool; prepare: boolean };

/** A PrismaClient, the pg pool it runs on (ended by the client's `$disconnect`) and whether statements may be named. */
function withPool(connectionString: string): Connected {
  const { url, schema, prepare } = splitSchema(connectionString);
  // 10 per web instance; a worker sets DATABASE_POOL_SIZE to its job concurrency plus two (README).
  const max = Number(process.env.DATABASE_POOL_SIZE) || 10;
  const pool = new pg.Pool({ connectionString: url, max, Client: RequestFreeClient });
  const adapter = new PrismaPg(pool, { ...(schema ? { schema } : {}), disposeExternalPool: true });
  if (process.env.DB_QUERY_EVENTS !== "1") return { client: new PrismaClient({ adapter, omit: { user: { passwordHash: true } } }), pool, prepare };
  const client = new PrismaClient({ adapter, omit: { user: { passwordHash: true } }, log: [{ emit: "event", level: "query" }] });
  client.$on("query", () => {
    queryCounter.sent++;
  });
  return { client: client as unknown as PrismaClient, pool, prepare };
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

const globalForDb = globalThis as unknown as { connected?: Connected };

function connected(): Connected {
  // A pool ended by `$disconnect` (scripts, tests) is not used again: the next query gets a new one.
  if (!globalForDb.connected || globalForDb.connected.pool.ending) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set (npm run dev starts an embedded database).");
    globalForDb.connected = withPool(connectionString);
  }
  return globalForDb.connected;
}

/** Lazily connected so that importing this module never needs a database (builds, type checks). */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const { client } = connected();
    const value = Reflect.get(client, property, client) as unknown;
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(client) : value;
  },
});

/**
 * A table of the app's schema, quoted, for the raw SQL statements: Prisma qualifies the tables of
 * its own queries with DATABASE_URL's `?schema=`, but not those of raw SQL. The schema is the URL's
 * `?schema=`, else public (the one place that says so). Raw SQL serves hot paths (the cart page,
 * webhook acknowledgement), so the URL is parsed once, not per statement.
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

/**
 * A named prepared statement on the process's own pool, beside Prisma's queries: PostgreSQL parses
 * it once per connection and, after a few runs, keeps its plan, where an unnamed statement (every
 * Prisma query, raw ones included) is parsed and planned again each time. For the few hot queries
 * whose planning costs more than running them (the signed-in cart joins six tables: about 0.4 ms
 * of planning against 0.1 ms of execution). `name` must be unique per text in the process. Counted
 * as a query sent (queryCount), as Prisma's are.
 */
export async function preparedQuery<Row extends pg.QueryResultRow>(name: string, text: string, values: unknown[]): Promise<Row[]> {
  const { pool, prepare } = connected();
  if (process.env.DB_QUERY_EVENTS === "1") queryCounter.sent++;
  // Unnamed where DATABASE_URL says `prepare=false` (connections sharing one session).
  return (await pool.query<Row>(prepare ? { name, text, values } : { text, values })).rows;
}
