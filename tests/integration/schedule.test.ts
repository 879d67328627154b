import { afterAll, describe, expect, it } from "vitest";
import { SCHEDULE } from "@/lib/jobs/schedule";
import { runWorker } from "@/lib/jobs/work";
import { db } from "@/lib/db";
import { pruneStaleGuestCarts } from "@/lib/cart/prune";

let runs = 0;
// One more line in the schedule, as any new job would be: every minute.
SCHEDULE.push({ name: "test-every-minute", cron: "* * * * *", run: async () => void runs++ });

type Worker = Awaited<ReturnType<typeof runWorker>>;
const workers: Worker[] = [];
afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.stop()));
});

describe("scheduled jobs", () => {
  it("run once per due time across two workers", { timeout: 90_000 }, async () => {
    // Stay clear of a minute boundary, where the job is legitimately due a second time.
    const second = new Date().getUTCSeconds();
    if (second > 40) await new Promise((resolve) => setTimeout(resolve, (62 - second) * 1000));

    const fast = { cronMonitorIntervalSeconds: 1, cronWorkerIntervalSeconds: 1 };
    workers.push(await runWorker({ concurrency: 2, pollMs: 200, bossOptions: fast }), await runWorker({ concurrency: 2, pollMs: 200, bossOptions: fast }));
    const deadline = Date.now() + 30_000;
    while (runs === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    // Both workers' clocks tick several more times within the same minute.
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    expect(runs).toBe(1);
    const { pool, database } = workers[0]!.queue;
    const { rows } = await pool.query(`SELECT state FROM "${database.jobSchema}".job WHERE name = 'test-every-minute'`);
    expect(rows).toEqual([{ state: "completed" }]);
  });

  it("pruning removes guest carts whose cookie has expired, and nothing else", async () => {
    const old = new Date(Date.now() - 61 * 24 * 3600 * 1000);
    const stale = await db.cart.create({ data: { guestToken: `stale-${Math.random()}` } });
    await db.cart.update({ where: { id: stale.id }, data: { updatedAt: old } });
    const fresh = await db.cart.create({ data: { guestToken: `fresh-${Math.random()}` } });
    expect(await pruneStaleGuestCarts()).toBeGreaterThanOrEqual(1);
    expect(await db.cart.findUnique({ where: { id: stale.id } })).toBeNull();
    expect(await db.cart.findUnique({ where: { id: fresh.id } })).not.toBeNull();
  });
});
