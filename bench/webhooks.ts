/**
 * `npm run bench` (second part): webhooks on a production build, a real PostgreSQL
 * (BENCH_DATABASE_URL; the embedded PGlite otherwise, which runs one transaction at a time) and
 * the Stripe emulator in its own process. Prints, measured in the same run:
 * - acknowledgement at 50 concurrent deliveries (rate, p95) for a bare route handler, and for
 *   handled, duplicate and unhandled events, with their ratio to the bare route;
 * - end to end, BENCH_E2E_EVENTS (2,000) distinct checkout.session.completed: every order paid
 *   once and every email sent once (checked), time until the last order is paid, events/s;
 * - acknowledgement while the emulator answers every API call slowly (its `delay` fault).
 * Asserts nothing; a broken invariant is printed as such and exits non-zero.
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import Stripe from "stripe";
import { bin } from "../scripts/lib/run";
import { benchSetup, buildIfNeeded, CONNECT_SECRET, KEY, sleep, startEmulator, startProcess, startServer, adoptBenchEnvironment } from "./support";

const E2E = Number(process.env.BENCH_E2E_EVENTS ?? 2000);
const ACKS = Number(process.env.BENCH_ACK_REQUESTS ?? 2000);
const CONCURRENCY = 50;
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const WORKER_CONCURRENCY = Number(process.env.BENCH_WORKER_CONCURRENCY ?? 20);
const SLOW_STRIPE_MS = 2000;

type Load = { rate: number; p50: number; p95: number; failures: number };

const execFileAsync = promisify(execFile);
type Prepared = { body: string; headers: Record<string, string> };

/**
 * `count` signed POSTs to `url`, `concurrency` in flight at any time, sent by autocannon in a
 * process of its own (bench/signed-load.ts): a client in this process would share its event loop
 * with the bench and cap the rate it can measure.
 */
async function load(count: number, concurrency: number, url: string, prepare: (i: number) => Prepared): Promise<Load> {
  const file = join(tmpdir(), `comptoir-bench-${process.pid}-${randomBytes(4).toString("hex")}.json`);
  writeFileSync(file, JSON.stringify(Array.from({ length: count }, (_, i) => prepare(i))));
  try {
    const { stdout } = await execFileAsync(bin("tsx"), ["bench/signed-load.ts", url, String(concurrency), file], { maxBuffer: 1 << 20 });
    return JSON.parse(stdout.trim().split("\n").at(-1)!) as Load;
  } finally {
    rmSync(file, { force: true });
  }
}

function line(name: string, result: Load, baseline?: Load) {
  const ratio = baseline ? `${(result.rate / baseline.rate).toFixed(2)}× bare` : "baseline";
  console.log(
    `${name.padEnd(38)} ${`${result.rate.toFixed(0)}/s`.padStart(8)}  p50=${result.p50.toFixed(1).padStart(6)}ms  p95=${result.p95.toFixed(1).padStart(6)}ms  ${ratio}${result.failures ? `  (${result.failures} non-2xx!)` : ""}`,
  );
}

async function main() {
  const setup = await benchSetup();
  const { env, appUrl, emulatorUrl } = setup;
  const embedded = setup.embedded;
  try {
    await startEmulator(setup);
    await buildIfNeeded(env);

    adoptBenchEnvironment(setup);
    const { db } = await import("../lib/db");
    const sessions = await seed(emulatorUrl);
    console.log(`\nDatabase: ${embedded ? "embedded PGlite (one transaction at a time)" : "BENCH_DATABASE_URL"} · emulator in its own process · production build · node ${process.version}`);
    console.log(`${E2E} paid sessions ready; ${CONCURRENCY} concurrent deliveries; ${WORKERS} workers × ${WORKER_CONCURRENCY} jobs\n`);

    await startServer(setup);
    const signed = (event: object) => {
      const body = JSON.stringify(event);
      return { body, headers: { "stripe-signature": Stripe.webhooks.generateTestHeaderString({ payload: body, secret: CONNECT_SECRET }), "content-type": "application/json" } };
    };
    const [bareUrl, webhookUrl] = [`${appUrl}/api/bench/bare`, `${appUrl}/api/stripe/connect/webhook`];
    const event = (id: string, type: string, object: object, account: string) => ({ id, object: "event", type, account, created: Math.floor(Date.now() / 1000), data: { object }, livemode: false, pending_webhooks: 1, request: { id: null, idempotency_key: null }, api_version: Stripe.API_VERSION });
    const account = sessions[0]!.account;
    const completed = sessions.map((s, i) => signed(event(`evt_bench_paid_${i}`, "checkout.session.completed", s.session, s.account)));
    const unhandled = (i: number) => signed(event(`evt_bench_other_${i}`, "customer.created", { id: `cus_${i}`, object: "customer" }, account));

    // Warm-up (first compilation of each route, pools opened), then the baseline.
    await load(200, 10, bareUrl, unhandled);
    await load(200, 10, webhookUrl, (i) => unhandled(1_000_000 + i));
    const bare = await load(ACKS, CONCURRENCY, bareUrl, (i) => completed[i % completed.length]!);
    line("bare route handler", bare);
    line("webhook ack, unhandled event", await load(ACKS, CONCURRENCY, webhookUrl, unhandled), bare);
    // Handled events (recorded and queued; no worker runs yet, as for the two lines above).
    const accountEvent = (i: number) => signed(event(`evt_bench_account_${i}`, "account.updated", { id: account, object: "account" }, account));
    line("webhook ack, handled event", await load(ACKS, CONCURRENCY, webhookUrl, accountEvent), bare);
    line("webhook ack, duplicate event", await load(ACKS, CONCURRENCY, webhookUrl, accountEvent), bare);

    // Those account.updated jobs were only there to be acknowledged: cleared, so the end-to-end
    // figure below measures checkout events alone.
    const { openQueue, closeQueue } = await import("../lib/jobs/boss");
    const { STRIPE_EVENT_QUEUE } = await import("../lib/jobs/queues");
    const queue = await openQueue({ role: "web", poolSize: 1 });
    await queue.boss.purgeQueue(STRIPE_EVENT_QUEUE);
    await closeQueue(queue);

    // End to end: the workers apply what the route queues.
    for (let i = 0; i < WORKERS; i++) {
      await startProcess(bin("tsx"), ["scripts/worker.ts"], { ...env, WORKER_CONCURRENCY: String(WORKER_CONCURRENCY) }, /worker started/);
    }
    const start = performance.now();
    const handled = await load(completed.length, CONCURRENCY, webhookUrl, (i) => completed[i]!);
    const acknowledged = performance.now() - start;
    console.log(`\nend to end, ${E2E} distinct checkout.session.completed at ${CONCURRENCY} concurrent, ${WORKERS} workers applying meanwhile:`);
    line("  acknowledgement while workers run", handled, bare);
    let lastPaidMs = 0;
    let paid = 0;
    let lastSentMs = 0;
    const deadline = Date.now() + 15 * 60_000;
    while (Date.now() < deadline) {
      paid = await db.order.count({ where: { status: "PAID" } });
      if (paid >= E2E && !lastPaidMs) lastPaidMs = performance.now() - start;
      if (lastPaidMs && (await db.emailMessage.count({ where: { status: "PENDING" } })) === 0) {
        lastSentMs = performance.now() - start;
        break;
      }
      await sleep(50);
    }

    const moves = await db.orderEvent.groupBy({ by: ["orderId"], where: { type: "status_changed", toStatus: "PAID" }, _count: { _all: true } });
    const emails = await db.emailMessage.groupBy({ by: ["status", "attempts"], _count: { _all: true } });
    const perOrder = await db.emailMessage.groupBy({ by: ["orderId", "kind"], _count: { _all: true } });
    const total = emails.reduce((sum, row) => sum + row._count._all, 0);
    const paidOnce = moves.length === E2E && moves.every((m) => m._count._all === 1);
    // One row per (order, kind) by its dedupe key, each SENT on its first attempt: sent once.
    const sentOnce = emails.length === 1 && emails[0]!.status === "SENT" && emails[0]!.attempts === 1 && perOrder.every((row) => row._count._all === 1) && total >= E2E;
    const throughput = lastPaidMs ? (E2E / lastPaidMs) * 1000 : 0;
    console.log(`  all acknowledged after ${(acknowledged / 1000).toFixed(2)} s; last order paid after ${(lastPaidMs / 1000).toFixed(2)} s; last email sent after ${(lastSentMs / 1000).toFixed(2)} s`);
    console.log(`  ${throughput.toFixed(0)} events/s applied = ${(throughput / bare.rate).toFixed(2)}× the bare route's rate`);
    console.log(`  orders paid: ${paid}/${E2E}, each once: ${paidOnce ? "yes" : "NO"}; emails sent: ${emails.find((row) => row.status === "SENT")?._count._all ?? 0}/${total}, each once: ${sentOnce ? "yes" : "NO"}`);

    // Stripe answering every call slowly: workers wait, the route does not.
    await fetch(`${emulatorUrl}/_emulator/faults`, {
      method: "POST",
      headers: { authorization: `Bearer ${KEY}`, "content-type": "application/json" },
      body: JSON.stringify({ api: { status: "delay", delay_ms: SLOW_STRIPE_MS, count: 1_000_000 } }),
    });
    const slow = await load(ACKS, CONCURRENCY, webhookUrl, (i) => accountEvent(ACKS + i));
    console.log("");
    line(`webhook ack, handled, Stripe ${SLOW_STRIPE_MS} ms slow`, slow, bare);
    await fetch(`${emulatorUrl}/_emulator/faults`, { method: "DELETE", headers: { authorization: `Bearer ${KEY}` } });
    await db.$disconnect();
    if (!paidOnce || !sentOnce) process.exitCode = 1;
  } finally {
    await setup.close();
  }
}

/** A selling shop and E2E orders whose Checkout Sessions are paid in the emulator. */
async function seed(emulatorUrl: string) {
  const { db } = await import("../lib/db");
  const { ensureConnectedAccount } = await import("../lib/connect/onboarding");
  const { refreshConnectedAccount } = await import("../lib/connect/refresh-account");
  const { findOwnedShop } = await import("../lib/shops/owned-shop");
  const { startCheckout } = await import("../lib/checkout/start-checkout");
  const control = (path: string, body: object) =>
    fetch(`${emulatorUrl}${path}`, { method: "POST", headers: { authorization: `Bearer ${KEY}`, "content-type": "application/json" }, body: JSON.stringify(body) });
  const owner = await db.user.create({ data: { email: "bench-seller@example.com", role: "SELLER" } });
  const created = await db.shop.create({ data: { ownerId: owner.id, slug: "bench-shop", name: "Bench shop" } });
  const account = await ensureConnectedAccount((await findOwnedShop(owner.id, created.id))!);
  await control(`/_emulator/accounts/${account}/onboarding`, { outcome: "complete" });
  await refreshConnectedAccount(account);
  const product = await db.product.create({ data: { shopId: created.id, name: "Produit", priceAmount: 1500, currency: "eur", stock: null, searchText: "produit" } });
  const url = new URL(emulatorUrl);
  const stripe = new Stripe(KEY, { host: url.hostname, port: Number(url.port), protocol: "http" });
  const sessions: { account: string; session: Stripe.Checkout.Session }[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      for (let i = next++; i < E2E; i = next++) {
        const cart = await db.cart.create({ data: { guestToken: `bench-${i}`, items: { create: [{ productId: product.id, quantity: 1 }] } } });
        const result = await startCheckout({ cartId: cart.id, shopId: created.id, buyer: null, locale: "fr" });
        if (!result.ok) throw new Error(result.code);
        const { checkoutSessionId } = await db.order.findUniqueOrThrow({ where: { id: result.orderId } });
        await control(`/_emulator/checkout/sessions/${checkoutSessionId}/pay`, { outcome: "paid" });
        sessions.push({ account, session: await stripe.checkout.sessions.retrieve(checkoutSessionId!, {}, { stripeAccount: account }) });
      }
    }),
  );
  return sessions;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
