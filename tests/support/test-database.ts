import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { splitSchema } from "../../lib/database-url.mjs";

const migrationsDir = path.resolve(import.meta.dirname, "../../prisma/migrations");

/** The committed migrations, in order, as one SQL script without the `public` schema creation. */
export function migrationSql(): string {
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8"))
    .join("\n")
    .replace(/CREATE SCHEMA IF NOT EXISTS "public";/g, "");
}

/**
 * A fresh PostgreSQL schema with every migration applied, so each test file has a database of its
 * own on one server (PGlite or a real PostgreSQL). `SET LOCAL` keeps the search path inside the
 * transaction: PGlite shares one session between connections.
 */
export async function createTestSchema(baseUrl: string, prefix = "test"): Promise<string> {
  const schema = `${prefix}_${randomBytes(6).toString("hex")}`;
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(`CREATE SCHEMA "${schema}"`);
    await client.query(`SET LOCAL search_path TO "${schema}"`);
    await client.query(migrationSql());
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  const url = new URL(baseUrl);
  url.searchParams.set("schema", schema);
  return url.toString();
}

export async function dropTestSchema(schemaUrl: string): Promise<void> {
  const { url, schema } = splitSchema(schemaUrl);
  if (!schema) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}
