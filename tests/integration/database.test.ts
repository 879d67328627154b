import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";

describe("database isolation", () => {
  it("runs each test file in its own schema", async () => {
    const schema = new URL(process.env.DATABASE_URL!).searchParams.get("schema");
    expect(schema).toMatch(/^test_/);
    await db.user.create({ data: { email: "isolated@example.com" } });
    const rows = await db.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM "${schema}"."User" WHERE email = 'isolated@example.com'`,
    );
    expect(Number(rows[0]?.n)).toBe(1);
  });

  it("surfaces unique violations as P2002", async () => {
    await db.user.create({ data: { email: "twice@example.com" } });
    await expect(db.user.create({ data: { email: "twice@example.com" } })).rejects.toMatchObject({ code: "P2002" });
  });
});
