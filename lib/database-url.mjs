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
 * The connection string without `schema`, and the schema it named (undefined when none or empty).
 * @param {string} connectionString
 * @returns {{ url: string, schema: string | undefined }}
 */
export function splitSchema(connectionString) {
  const url = new URL(connectionString);
  const schema = url.searchParams.get("schema") || undefined;
  url.searchParams.delete("schema");
  return { url: url.toString(), schema };
}
