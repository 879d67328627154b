// @ts-check
/**
 * DATABASE_URL may name a PostgreSQL schema with `?schema=` (Prisma's convention: tests give each
 * file its own). The pg driver does not know that parameter, so every pool opened on the URL takes
 * it out first and applies the schema itself.
 *
 * Plain JavaScript (types in database-url.d.mts): Next.js loads lib/cache/next-cache-handler.mjs
 * at run time outside its bundles, where TypeScript cannot be imported, and it needs this too.
 */

/**
 * The connection string without `schema` and `prepare`, the schema it named (undefined when none or
 * empty), and whether named prepared statements may be used: `?prepare=false` says they may not,
 * for servers whose connections share one session (the embedded PGlite server, a pooler in
 * transaction mode), where a statement prepared by one connection already exists for the next.
 * @param {string} connectionString
 * @returns {{ url: string, schema: string | undefined, prepare: boolean }}
 */
export function splitSchema(connectionString) {
  const url = new URL(connectionString);
  const schema = url.searchParams.get("schema") || undefined;
  const prepare = url.searchParams.get("prepare") !== "false";
  url.searchParams.delete("schema");
  url.searchParams.delete("prepare");
  return { url: url.toString(), schema, prepare };
}
