// @ts-check
/**
 * Next.js's cache handler (next.config.ts `cacheHandler`): ISR pages and `unstable_cache` reads.
 *
 * - Entries live in this process's memory, in an LRU bounded in bytes (`cacheMaxMemorySize`, 50 MB
 *   by default): least recently used entries go first, so memory stays flat however many search
 *   queries or products are visited.
 * - Invalidation works across processes: lib/cache/catalogue.ts records each tag's invalidation in
 *   the "CacheTagInvalidation" table (from a web instance or a worker), and this handler reads the
 *   rows changed recently at most once a second. An entry is stale when one of its tags was
 *   invalidated after the entry was written; it is then dropped and Next renders afresh (blocking).
 *   `revalidateTag` in this process takes effect at once.
 * - Invalidations are dated by this process's event counter when it first sees them (not the writer's), so
 *   the clocks of web instances do not matter; the writers' clocks only order the rows, and each
 *   poll re-reads the last five minutes of them, so writers need only agree within that.
 * - If PostgreSQL cannot be read for a few seconds, nothing is served from the cache (fail closed).
 *
 * Plain JavaScript: Next.js loads this file itself at run time, outside its bundles.
 */
import pg from "pg";
import { splitSchema } from "../database-url.mjs";

const POLL_INTERVAL_MS = 1000;
/** Rows written this long before the newest one seen are read again: a transaction can commit a row dated before rows already seen. */
const OVERLAP_MS = 5 * 60 * 1000;
/** Without a successful read of PostgreSQL for this long, entries are not trusted. */
const FAIL_CLOSED_AFTER_MS = 5000;
const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
const TAGS_HEADER = "x-next-cache-tags";

/** @typedef {{ value: any, lastModified: number, seq: number, tags: string[], size: number, cacheControl?: any }} Entry */

/** Shared by every CacheHandler instance of the process (Next creates one per request). */
const state = {
  /** @type {Map<string, Entry>} insertion order = least recently used first */
  entries: new Map(),
  bytes: 0,
  maxBytes: DEFAULT_MAX_BYTES,
  /**
   * Events of this process in order (an entry written, a tag's invalidation learnt): a counter
   * rather than a clock, so two events in the same millisecond are still ordered.
   */
  seq: 0,
  /** @type {Map<string, number>} tag -> `seq` when this process learnt of its latest invalidation */
  tagTimes: new Map(),
  /** @type {Map<string, number>} tag -> database time of the latest invalidation row seen */
  rowTimes: new Map(),
  /** newest database time seen (ms), the poll's cursor */
  cursor: 0,
  lastPollAt: 0,
  lastSuccessAt: 0,
  /** @type {Promise<void> | null} */
  polling: null,
  /** @type {pg.Pool | null} */
  pool: null,
  table: '"CacheTagInvalidation"',
  loggedFailure: false,
};

function connect() {
  if (state.pool) return state.pool;
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  const { url, schema } = splitSchema(connectionString);
  if (schema) state.table = `"${schema.replace(/"/g, '""')}"."CacheTagInvalidation"`;
  state.pool = new pg.Pool({ connectionString: url, max: 2, idleTimeoutMillis: 30_000 });
  state.pool.on("error", () => {}); // an idle client's error: the next poll reports failures
  return state.pool;
}

/** Reads the invalidations written since the last poll (with overlap); marks their tags as seen now. */
async function poll() {
  // The column holds UTC (Prisma writes it), and its index serves the range.
  const { rows } = await connect().query(
    `SELECT "tag", (extract(epoch FROM "invalidatedAt") * 1000)::float8 AS "at" FROM ${state.table}
     WHERE "invalidatedAt" > (to_timestamp($1::float8 / 1000) AT TIME ZONE 'UTC')`,
    [state.cursor - OVERLAP_MS],
  );
  const seenAt = Date.now();
  const seen = ++state.seq;
  for (const row of rows) {
    const at = Number(row.at);
    if (at > (state.rowTimes.get(row.tag) ?? -Infinity)) {
      state.rowTimes.set(row.tag, at);
      // The first poll of a process has no entries older than itself to invalidate.
      if (state.lastSuccessAt > 0) state.tagTimes.set(row.tag, seen);
    }
    if (at > state.cursor) state.cursor = at;
  }
  // Entries written before this process first read the table may predate invalidations it never saw.
  if (state.lastSuccessAt === 0) {
    state.entries.clear();
    state.bytes = 0;
  }
  state.lastSuccessAt = seenAt;
  pruneRowTimes();
}

/** Forget rows older than the overlap window: they will never be read again. */
function pruneRowTimes() {
  if (state.rowTimes.size < 10_000) return;
  for (const [tag, at] of state.rowTimes) if (at < state.cursor - OVERLAP_MS) state.rowTimes.delete(tag);
}

/** Tag times of entries no longer cached are useless: dropped when the map grows. */
function pruneTagTimes() {
  if (state.tagTimes.size < 10_000) return;
  let oldest = Infinity;
  for (const entry of state.entries.values()) oldest = Math.min(oldest, entry.seq);
  for (const [tag, at] of state.tagTimes) if (at < oldest) state.tagTimes.delete(tag);
}

async function refreshTags() {
  if (Date.now() - state.lastPollAt < POLL_INTERVAL_MS) return;
  state.polling ??= poll()
    .then(() => {
      state.loggedFailure = false;
    })
    .catch((error) => {
      if (!state.loggedFailure) console.error(JSON.stringify({ level: "error", msg: "cache handler cannot read tag invalidations", error: String(error) }));
      state.loggedFailure = true;
    })
    .finally(() => {
      state.lastPollAt = Date.now();
      state.polling = null;
    });
  await state.polling;
}

/** @param {any} value */
function sizeOf(value) {
  if (!value) return 64;
  let size = 256;
  if (typeof value.html === "string") size += value.html.length;
  if (value.rscData) size += value.rscData.byteLength ?? value.rscData.length ?? 0;
  if (value.segmentData instanceof Map) for (const part of value.segmentData.values()) size += part.byteLength ?? 0;
  if (value.body) size += value.body.byteLength ?? value.body.length ?? 0;
  if (value.data?.body) size += value.data.body.length;
  if (typeof value.postponed === "string") size += value.postponed.length;
  return size;
}

/** @param {any} value @param {any} ctx */
function tagsOf(value, ctx) {
  const tags = new Set(Array.isArray(ctx?.tags) ? ctx.tags : []);
  const header = value?.headers?.[TAGS_HEADER];
  if (typeof header === "string") for (const tag of header.split(",")) if (tag) tags.add(tag);
  return [...tags];
}

/** @param {Entry} entry @param {string[]} extraTags */
function isStale(entry, extraTags) {
  for (const tag of [...entry.tags, ...extraTags]) {
    const at = state.tagTimes.get(tag);
    if (at !== undefined && at > entry.seq) return true;
  }
  return false;
}

/** @param {string} key */
function remove(key) {
  const entry = state.entries.get(key);
  if (!entry) return;
  state.entries.delete(key);
  state.bytes -= entry.size;
}

export default class CacheHandler {
  /** @param {{ maxMemoryCacheSize?: number }} options */
  constructor(options = {}) {
    if (options.maxMemoryCacheSize) state.maxBytes = options.maxMemoryCacheSize;
    // The first read of the table starts with the first handler, before any entry needs it.
    if (state.lastSuccessAt === 0) void refreshTags();
  }

  /** @param {string} key @param {any} ctx */
  async get(key, ctx = {}) {
    const entry = state.entries.get(key);
    if (!entry) return null;
    await refreshTags();
    const extraTags = [...(Array.isArray(ctx.tags) ? ctx.tags : []), ...(Array.isArray(ctx.softTags) ? ctx.softTags : [])];
    if (Date.now() - state.lastSuccessAt > FAIL_CLOSED_AFTER_MS || isStale(entry, extraTags)) {
      remove(key);
      return null;
    }
    // Most recently used goes to the end of the map.
    state.entries.delete(key);
    state.entries.set(key, entry);
    return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
  }

  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx = {}) {
    remove(key);
    if (!data) return;
    const entry = { value: data, lastModified: Date.now(), seq: ++state.seq, tags: tagsOf(data, ctx), size: sizeOf(data), cacheControl: ctx.cacheControl };
    if (entry.size > state.maxBytes / 4) return; // one huge entry would evict everything else
    state.entries.set(key, entry);
    state.bytes += entry.size;
    for (const oldest of state.entries.keys()) {
      if (state.bytes <= state.maxBytes) break;
      remove(oldest);
    }
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    const now = ++state.seq;
    for (const tag of Array.isArray(tags) ? tags : [tags]) state.tagTimes.set(tag, now);
    pruneTagTimes();
  }

  resetRequestCache() {}
}

/** For tests: the process-wide state, a poll now, and a way to start again. */
export const __cacheState = state;
export async function __pollNow() {
  state.lastPollAt = 0;
  await refreshTags();
}
export function __resetCacheHandler() {
  state.entries.clear();
  state.bytes = 0;
  state.maxBytes = DEFAULT_MAX_BYTES;
  state.tagTimes.clear();
  state.rowTimes.clear();
  state.seq = 0;
  state.cursor = 0;
  state.lastPollAt = 0;
  state.lastSuccessAt = 0;
  state.polling = null;
}
