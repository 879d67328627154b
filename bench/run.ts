/**
 * `npm run bench`: figures for the money path, on this machine, against the embedded PostgreSQL
 * (or BENCH_DATABASE_URL) and the Stripe emulator. Prints latencies and throughput; asserts nothing.
 */
import { randomBytes } from "node:crypto";
import { createTestSchema, dropTestSchema } from "../tests/support/test-database";
import { startEmbeddedPostgres } from "../scripts/lib/embedded-postgres";
import { startStripeEmulator } from "../stripe-emulator/src/index";
import { KEY, percentile } from "./support";

const CHECKOUTS = Number(process.env.BENCH_CHECKOUTS ?? 60);

function report(name: string, samples: number[], totalMs: number) {
  const line = [
    name.padEnd(34),
    `n=${samples.length}`.padEnd(7),
    `p50=${percentile(samples, 50).toFixed(1)}ms`.padEnd(14),
    `p95=${percentile(samples, 95).toFixed(1)}ms`.padEnd(14),
    `${((samples.length / totalMs) * 1000).toFixed(1)}/s`,
  ];
  console.log(line.join(" "));
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

async function main() {
  const embedded = process.env.BENCH_DATABASE_URL ? null : await startEmbeddedPostgres({});
  const baseUrl = process.env.BENCH_DATABASE_URL ?? embedded!.url;
  const schemaUrl = await createTestSchema(baseUrl, "bench");
  const emulator = await startStripeEmulator({ port: 0 });
  Object.assign(process.env, {
    DATABASE_URL: schemaUrl,
    STRIPE_SECRET_KEY: KEY,
    STRIPE_API_HOST: emulator.url,
    STRIPE_WEBHOOK_SECRET: "whsec_bench_platform",
    STRIPE_CONNECT_WEBHOOK_SECRET: "whsec_bench_connect",
    AUTH_SECRET: randomBytes(32).toString("hex"),
    APP_URL: "http://localhost:3999",
    LOG_LEVEL: "error",
  });
  // Imported after the environment is set: these modules read it on first use.
  const { db } = await import("../lib/db");
  const { ensureConnectedAccount } = await import("../lib/connect/onboarding");
  const { refreshConnectedAccount } = await import("../lib/connect/refresh-account");
  const { findOwnedShop } = await import("../lib/shops/owned-shop");
  const { startCheckout } = await import("../lib/checkout/start-checkout");
  const { listLatestProducts } = await import("../lib/catalog/queries");

  console.log(`Database: ${embedded ? "embedded PGlite" : "BENCH_DATABASE_URL"} · Stripe: emulator · node ${process.version}\n`);

  const owner = await db.user.create({ data: { email: "bench-seller@example.com", role: "SELLER" } });
  const created = await db.shop.create({ data: { ownerId: owner.id, slug: "bench-shop", name: "Bench shop" } });
  const accountId = await ensureConnectedAccount((await findOwnedShop(owner.id, created.id))!);
  await fetch(`${emulator.url}/_emulator/accounts/${accountId}/onboarding`, {
    method: "POST",
    headers: { authorization: `Bearer ${KEY}`, "content-type": "application/json" },
    body: JSON.stringify({ outcome: "complete" }),
  });
  await refreshConnectedAccount(accountId);
  const products = await Promise.all(
    Array.from({ length: 24 }, (_, i) =>
      db.product.create({ data: { shopId: created.id, name: `Produit ${i}`, priceAmount: 1000 + i, currency: "eur", stock: 100_000, searchText: `produit ${i}` } }),
    ),
  );

  // 1. Checkout start: cart -> order with reserved stock -> Checkout Session on the seller's account.
  const checkoutSamples: number[] = [];
  const [, checkoutTotal] = await timed(async () => {
    for (let i = 0; i < CHECKOUTS; i++) {
      const cart = await db.cart.create({ data: { guestToken: `bench-${i}`, items: { create: [{ productId: products[i % products.length]!.id, quantity: 2 }] } } });
      const [result, ms] = await timed(() => startCheckout({ cartId: cart.id, shopId: created.id, buyer: null, locale: "fr" }));
      if (!result.ok) throw new Error(result.code);
      checkoutSamples.push(ms);
    }
  });
  report("checkout start (sequential)", checkoutSamples, checkoutTotal);

  // Webhooks are measured by bench/webhooks.ts (production build, emulator in its own process).

  // 1b. Payment Element: the server-side confirm round trip (order re-read, PaymentIntent created and
  // confirmed on the seller's account with the ConfirmationToken, fulfilment), 4242 each time.
  const { confirmOrderPayment } = await import("../lib/checkout/payment-intent");
  const { getStripe } = await import("../lib/stripe");
  const benchStripe = getStripe();
  await db.shop.update({ where: { id: created.id }, data: { paymentExperience: "payment_element" } });
  const confirmSamples: number[] = [];
  let confirmTotal = 0;
  for (let i = 0; i < CHECKOUTS; i++) {
    const cart = await db.cart.create({ data: { guestToken: `bench-pe-${i}`, items: { create: [{ productId: products[i % products.length]!.id, quantity: 1 }] } } });
    const started = await startCheckout({ cartId: cart.id, shopId: created.id, buyer: null, locale: "fr" });
    if (!started.ok) throw new Error(started.code);
    const token = await benchStripe.testHelpers.confirmationTokens.create({ payment_method: "pm_card_visa" }, { stripeAccount: accountId });
    const [answer, ms] = await timed(() => confirmOrderPayment({ orderId: started.orderId, cartId: cart.id, buyerId: null, confirmationTokenId: token.id }));
    if (answer.status !== "succeeded") throw new Error(`confirm answered ${answer.status}`);
    confirmSamples.push(ms);
    confirmTotal += ms;
  }
  report("payment element confirm (server)", confirmSamples, confirmTotal);

  // 2. Storefront read: the home page's product query.
  const readSamples: number[] = [];
  const [, readTotal] = await timed(async () => {
    for (let i = 0; i < 100; i++) readSamples.push((await timed(() => listLatestProducts(12)))[1]);
  });
  report("home products query", readSamples, readTotal);

  const memory = process.memoryUsage();
  console.log(`\nmemory: rss=${(memory.rss / 1048576).toFixed(0)} MiB heapUsed=${(memory.heapUsed / 1048576).toFixed(0)} MiB`);

  await db.$disconnect();
  await emulator.close();
  await dropTestSchema(schemaUrl);
  await embedded?.stop();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
