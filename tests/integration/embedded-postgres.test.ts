import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/scripts/lib/embedded-postgres";

// The embedded server is shared by many pooled connections (Next.js, scripts, tests): batches and
// transactions of different connections must not interleave on PGlite's single backend.
describe("embedded PostgreSQL (PGlite over the wire protocol)", () => {
  let server: EmbeddedPostgres;
  let pool: pg.Pool;

  beforeAll(async () => {
    server = await startEmbeddedPostgres({});
    pool = new pg.Pool({ connectionString: server.url, max: 12 });
    await pool.query("CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL)");
    await pool.query("INSERT INTO counter VALUES (1, 0)");
  });

  afterAll(async () => {
    await pool.end();
    await server.stop();
  });

  it("keeps concurrent parameterised statements apart", async () => {
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) => pool.query<{ v: number }>("SELECT $1::int AS v", [i])),
    );
    expect(results.map((r) => r.rows[0]?.v)).toEqual(Array.from({ length: 60 }, (_, i) => i));
  });

  it("runs concurrent transactions one after the other, losing no update", async () => {
    await Promise.all(
      Array.from({ length: 25 }, async () => {
        const client = await pool.connect();
        try {
          await client.query("BEGIN");
          const { rows } = await client.query<{ n: number }>("SELECT n FROM counter WHERE id = 1");
          await client.query("UPDATE counter SET n = $1 WHERE id = 1", [(rows[0]?.n ?? 0) + 1]);
          await client.query("COMMIT");
        } finally {
          client.release();
        }
      }),
    );
    const { rows } = await pool.query<{ n: number }>("SELECT n FROM counter WHERE id = 1");
    expect(rows[0]?.n).toBe(25);
  });

  async function failingTransaction() {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("INSERT INTO counter VALUES ($1, 0)", [1]);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }

  it("lets one connection's error leave the others' statements intact", async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 80 }, (_, i) =>
        i % 2
          ? failingTransaction()
          : pool.query<{ v: number }>("SELECT $1::int AS v", [i]).then((r) => r.rows[0]?.v),
      ),
    );
    const values = outcomes.filter((o) => o.status === "fulfilled").map((o) => o.value);
    expect(values).toEqual(Array.from({ length: 40 }, (_, i) => i * 2));
    expect(outcomes.filter((o) => o.status === "rejected")).toHaveLength(40);
  });
});
