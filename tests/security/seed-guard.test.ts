import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seed, seededStripeId, seedRefusal } from "@/prisma/seed";

const root = path.resolve(import.meta.dirname, "../..");

describe("demo seed safety", () => {
  it("refuses to run with NODE_ENV=production unless forced, and writes nothing", async () => {
    const run = promisify(execFile)(path.join(root, "node_modules/.bin/tsx"), ["prisma/seed.ts"], {
      cwd: root,
      env: { ...process.env, NODE_ENV: "production", SEED_FORCE: "" },
    });
    await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("Refusing to seed") });
    expect(await db.user.count({ where: { email: "admin@comptoir.test" } })).toBe(0);
  });

  it("runs in development and tests, and elsewhere only when forced", () => {
    expect(seedRefusal({}, [])).toBeNull();
    expect(seedRefusal({ NODE_ENV: "development" }, [])).toBeNull();
    expect(seedRefusal({ NODE_ENV: "test" }, [])).toBeNull();
    expect(seedRefusal({ NODE_ENV: "production" }, [])).toMatch(/Refusing/);
    expect(seedRefusal({ NODE_ENV: "production" }, ["--force"])).toBeNull();
    expect(seedRefusal({ NODE_ENV: "production", SEED_FORCE: "1" }, [])).toBeNull();
  });

  it("gives seeded orders session ids nobody can guess, stable for one installation", async () => {
    await seed(db, "installation-secret-of-at-least-32-chars");
    const ids = (await db.order.findMany({ select: { checkoutSessionId: true, paymentIntentId: true } })).flatMap((o) => [o.checkoutSessionId, o.paymentIntentId]);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids.filter(Boolean)) expect(id).toMatch(/^(cs_test_seed|pi_seed)_[A-Za-z0-9_-]{32}$/);
    expect(seededStripeId("cs_test_seed", "cs_test_seed_1", "installation-secret-of-at-least-32-chars")).toBe(
      seededStripeId("cs_test_seed", "cs_test_seed_1", "installation-secret-of-at-least-32-chars"),
    );
    expect(seededStripeId("cs_test_seed", "cs_test_seed_1", "another-installation-secret-xxxxxxxx")).not.toBe(
      seededStripeId("cs_test_seed", "cs_test_seed_1", "installation-secret-of-at-least-32-chars"),
    );
  });
});
