import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { POST as connectRoute } from "@/app/api/stripe/connect/webhook/route";
import { listStripeEvents, parseWebhookFilters } from "@/lib/admin/webhooks";
import { startCheckout } from "@/lib/checkout/start-checkout";
import { db } from "@/lib/db";
import { closeQueue, openQueue, type Queue } from "@/lib/jobs/boss";
import { drainQueues } from "@/lib/jobs/runner";
import { jobHandlers } from "@/lib/jobs/work";
import { STRIPE_EVENT_QUEUE, STRIPE_EVENT_RETRY_LIMIT } from "@/lib/jobs/queues";
import { MAX_WEBHOOK_BODY_BYTES } from "@/lib/webhooks/verify";
import { drainJobs, drainJobsThroughRetries, testQueue } from "../support/jobs";
import { cartWith, createProduct, retrieveSession, sellingShop, stripeEvent } from "../support/marketplace";
import { startEmulatorForFile } from "../support/stripe-emulator";

const stripe = startEmulatorForFile();
const WEBHOOK = "http://localhost:3999/api/stripe/connect/webhook";

async function paidSession() {
  const { shop, accountId } = await sellingShop(stripe);
  const product = await createProduct(shop.id, { priceAmount: 1800, stock: 10 });
  const buyer = await db.user.create({ data: { email: `buyer-${Math.random().toString(36).slice(2)}@example.com` } });
  const cart = await cartWith([{ productId: product.id, quantity: 1 }], buyer.id);
  const started = await startCheckout({ cartId: cart.id, shopId: shop.id, buyer: { id: buyer.id, email: buyer.email }, locale: "fr" });
  if (!started.ok) throw new Error(`checkout refused: ${started.code}`);
  const order = await db.order.findUniqueOrThrow({ where: { id: started.orderId } });
  const sessionId = order.checkoutSessionId!;
  await stripe.control("POST", `/_emulator/checkout/sessions/${sessionId}/pay`, { outcome: "paid" });
  return { order, accountId, session: await retrieveSession(stripe, sessionId, accountId) };
}

const effectsOf = async (orderId: string) => ({
  status: (await db.order.findUniqueOrThrow({ where: { id: orderId } })).status,
  moves: await db.orderEvent.count({ where: { orderId, type: "status_changed" } }),
  emails: await db.emailMessage.count({ where: { orderId } }),
});

const jobsOf = async (queue: Queue, eventId: string) =>
  (
    await queue.pool.query<{ state: string; retry_count: number; start_after: Date }>(
      `SELECT state, retry_count, start_after FROM "${queue.database.jobSchema}".job WHERE name = $1 AND data->>'eventId' = $2`,
      [STRIPE_EVENT_QUEUE, eventId],
    )
  ).rows;

describe("webhooks through the job queue", () => {
  it("acknowledges before applying, then applies duplicated, concurrent and reordered events once", async () => {
    const { order, accountId, session } = await paidSession();
    const completed = stripeEvent("checkout.session.completed", session, accountId);
    // A stale "expired" copy delivered first, then twenty concurrent copies of the real event.
    const stale = stripeEvent("checkout.session.expired", { ...session, status: "expired", payment_status: "unpaid" }, accountId);
    expect((await connectRoute(stripe.signedRequest(WEBHOOK, stale))).status).toBe(200);
    const responses = await Promise.all(Array.from({ length: 20 }, () => connectRoute(stripe.signedRequest(WEBHOOK, completed))));
    const results = await Promise.all(responses.map(async (r) => ((await r.json()) as { result: string }).result));
    expect(results.filter((r) => r === "queued")).toHaveLength(1);
    expect(results.filter((r) => r === "duplicate")).toHaveLength(19);

    // Nothing was applied in the request.
    expect(await effectsOf(order.id)).toEqual({ status: "PENDING", moves: 0, emails: 0 });
    const queue = await testQueue();
    expect(await jobsOf(queue, completed.id)).toHaveLength(1);

    // Two workers at once.
    const second = await openQueue({ role: "worker", poolSize: 4, bossOptions: { supervise: false, schedule: false } });
    try {
      await Promise.all([drainJobs(), drainQueues(second, jobHandlers())]);
    } finally {
      await closeQueue(second);
    }
    await drainJobsThroughRetries(); // whatever a busy machine made fail is retried
    expect(await effectsOf(order.id)).toEqual({ status: "PAID", moves: 1, emails: 2 });
    expect(await db.stripeEvent.findUniqueOrThrow({ where: { id: completed.id } })).toMatchObject({ status: "PROCESSED" });
    expect(await db.stripeEvent.findUniqueOrThrow({ where: { id: stale.id } })).toMatchObject({ status: "PROCESSED" });

    // Stripe delivering it again days later changes nothing.
    expect(await (await connectRoute(stripe.signedRequest(WEBHOOK, completed))).json()).toMatchObject({ result: "duplicate" });
    await drainJobs();
    expect(await effectsOf(order.id)).toEqual({ status: "PAID", moves: 1, emails: 2 });
  });

  it("retries a failing handler with growing delays, then marks the event FAILED in the webhook log", async () => {
    const { order, accountId, session } = await paidSession();
    const event = stripeEvent("checkout.session.completed", session, accountId);
    await stripe.control("POST", "/_emulator/faults", { api: { status: "500", count: STRIPE_EVENT_RETRY_LIMIT + 1, path: `/v1/checkout/sessions/${session.id}` } });
    expect((await connectRoute(stripe.signedRequest(WEBHOOK, event))).status).toBe(200);

    await drainJobs();
    const queue = await testQueue();
    const [waiting] = await jobsOf(queue, event.id);
    expect(waiting).toMatchObject({ state: "retry" });
    expect(waiting!.start_after.getTime()).toBeGreaterThan(Date.now()); // backing off, not hammering
    expect(await db.stripeEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ status: "PROCESSING", attempts: 1 });

    await drainJobsThroughRetries();
    const failed = await db.stripeEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(failed).toMatchObject({ status: "FAILED", attempts: STRIPE_EVENT_RETRY_LIMIT + 1 });
    expect(failed.lastError).toBeTruthy();
    expect((await jobsOf(queue, event.id))[0]).toMatchObject({ state: "failed" });
    const log = await listStripeEvents(parseWebhookFilters({ status: "FAILED" }));
    expect(log.events.map((e) => e.id)).toContain(event.id);
    expect((await effectsOf(order.id)).status).toBe("PENDING");
  });

  it("a worker killed mid-job leaves the job to be retried, and it applies once", { timeout: 90_000 }, async () => {
    const { order, accountId, session } = await paidSession();
    const event = stripeEvent("checkout.session.completed", session, accountId);
    // Stripe answers slowly once, so the worker is still inside the job when it dies.
    await stripe.control("POST", "/_emulator/faults", { api: { status: "delay", delay_ms: 20_000, count: 1, path: `/v1/checkout/sessions/${session.id}` } });
    expect((await connectRoute(stripe.signedRequest(WEBHOOK, event))).status).toBe(200);

    const queue = await testQueue();
    const worker = spawn(process.execPath, ["--import", "tsx", path.resolve("scripts/worker.ts")], {
      env: { ...process.env, WORKER_CONCURRENCY: "1", LOG_LEVEL: "error" },
      stdio: "ignore",
    });
    try {
      await until(async () => (await jobsOf(queue, event.id))[0]?.state === "active");
    } finally {
      worker.kill("SIGKILL");
    }
    await new Promise((resolve) => worker.once("exit", resolve));
    expect(await effectsOf(order.id)).toMatchObject({ status: "PENDING", moves: 0 });

    // Time passes: the job outlives its expiry, another worker's maintenance fails it for a retry.
    await queue.pool.query(`UPDATE "${queue.database.jobSchema}".job SET started_on = now() - interval '1 hour' WHERE state = 'active'`);
    const supervisor = await openQueue({ role: "worker", poolSize: 3, bossOptions: { schedule: false, maintenanceIntervalSeconds: 1 } });
    try {
      await until(async () => (await jobsOf(queue, event.id))[0]?.state === "retry");
    } finally {
      await closeQueue(supervisor);
    }
    await drainJobsThroughRetries();
    expect(await effectsOf(order.id)).toEqual({ status: "PAID", moves: 1, emails: 2 });
    expect((await jobsOf(queue, event.id))[0]).toMatchObject({ state: "completed" });
    expect(await db.stripeEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ status: "PROCESSED" });
  });
});

describe("what the webhook route refuses before doing any work", () => {
  it("refuses a missing signature without reading the body", async () => {
    let pulled = false;
    const body = new ReadableStream(
      {
        pull() {
          pulled = true;
        },
      },
      { highWaterMark: 0 },
    );
    const response = await connectRoute(new Request(WEBHOOK, { method: "POST", body, duplex: "half" } as RequestInit));
    expect(response.status).toBe(400);
    expect(pulled).toBe(false);
  });

  it("answers 413 to a body over 1 MB, declared or not, without reading the rest", async () => {
    const declared = new Request(WEBHOOK, { method: "POST", headers: { "stripe-signature": "t=1,v1=x", "content-length": String(MAX_WEBHOOK_BODY_BYTES + 1) }, body: "{}" });
    expect((await connectRoute(declared)).status).toBe(413);

    let chunksRead = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        chunksRead++;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const streamed = new Request(WEBHOOK, { method: "POST", headers: { "stripe-signature": "t=1,v1=x" }, body: endless, duplex: "half" } as RequestInit);
    expect((await connectRoute(streamed)).status).toBe(413);
    expect(chunksRead).toBeLessThan(MAX_WEBHOOK_BODY_BYTES / (64 * 1024) + 3);
  });

  it("refuses a signature dated far in the future, even a correct one", async () => {
    const { accountId, session } = await paidSession();
    const event = stripeEvent("checkout.session.completed", session, accountId);
    const future = stripe.signedRequest(WEBHOOK, event, { timestamp: Math.floor(Date.now() / 1000) + 3600 });
    expect((await connectRoute(future)).status).toBe(400);
    expect(await db.stripeEvent.count({ where: { id: event.id } })).toBe(0);
  });
});

async function until(check: () => Promise<boolean>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not reached in time");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
