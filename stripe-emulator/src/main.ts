/**
 * CLI: `npm run stripe:emulator`. Configuration comes from the environment
 * (see README): STRIPE_EMULATOR_PORT, STRIPE_EMULATOR_HOST, STRIPE_EMULATOR_STATE_FILE,
 * STRIPE_EMULATOR_WEBHOOKS, STRIPE_WEBHOOK_SECRET + STRIPE_CONNECT_WEBHOOK_SECRET + APP_URL, ...
 */
import { startStripeEmulator, type WebhookEndpointConfig } from "./index";

function num(name: string): number | undefined {
  const v = process.env[name];
  if (v === undefined || v === "") return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new Error(`${name} must be a number (got "${v}")`);
  return n;
}

function webhooksFromEnv(): WebhookEndpointConfig[] {
  const out: WebhookEndpointConfig[] = [];
  const raw = process.env.STRIPE_EMULATOR_WEBHOOKS;
  if (raw) {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) throw new Error("STRIPE_EMULATOR_WEBHOOKS must be a JSON array");
    for (const e of parsed as Array<Record<string, unknown>>) {
      if (typeof e.url !== "string" || typeof e.secret !== "string") throw new Error("each webhook needs url and secret");
      const events = (e.enabled_events ?? e.enabledEvents) as string[] | undefined;
      out.push({ url: e.url, secret: e.secret, connect: e.connect === true, enabledEvents: events });
    }
  }
  const app = (process.env.APP_URL ?? "http://localhost:3000").replace(/\/$/, "");
  const platformSecret = process.env.STRIPE_WEBHOOK_SECRET;
  const connectSecret = process.env.STRIPE_CONNECT_WEBHOOK_SECRET;
  if (platformSecret && !out.some((e) => !e.connect)) out.push({ url: `${app}/api/stripe/webhook`, secret: platformSecret, connect: false });
  if (connectSecret && !out.some((e) => e.connect)) out.push({ url: `${app}/api/stripe/connect/webhook`, secret: connectSecret, connect: true });
  return out;
}

async function main(): Promise<void> {
  const webhookEndpoints = webhooksFromEnv();
  const emulator = await startStripeEmulator({
    port: num("STRIPE_EMULATOR_PORT") ?? 12111,
    host: process.env.STRIPE_EMULATOR_HOST || "127.0.0.1",
    persistFile: process.env.STRIPE_EMULATOR_STATE_FILE || undefined,
    secretKeyPrefix: process.env.STRIPE_EMULATOR_KEY_PREFIX || undefined,
    platformName: process.env.STRIPE_EMULATOR_PLATFORM_NAME || undefined,
    accountLinkTtlSeconds: num("STRIPE_EMULATOR_ACCOUNT_LINK_TTL"),
    asyncPaymentDelayMs: num("STRIPE_EMULATOR_ASYNC_DELAY_MS"),
    webhookMaxAttempts: num("STRIPE_EMULATOR_WEBHOOK_MAX_ATTEMPTS"),
    webhookRetryBaseMs: num("STRIPE_EMULATOR_WEBHOOK_RETRY_BASE_MS"),
    webhookTimeoutMs: num("STRIPE_EMULATOR_WEBHOOK_TIMEOUT_MS"),
    publicUrl: process.env.STRIPE_EMULATOR_PUBLIC_URL || undefined,
    log: process.env.STRIPE_EMULATOR_LOG !== "0",
    webhookEndpoints,
  });
  console.log(`Stripe emulator listening on ${emulator.url}`);
  for (const w of webhookEndpoints) console.log(`  webhooks (${w.connect ? "connect" : "platform"}) -> ${w.url}`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the Stripe emulator`);
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
