import Stripe from "stripe";
import { afterAll, beforeEach } from "vitest";
import { startStripeEmulator, type StripeEmulator } from "@/stripe-emulator/src/index";
import { resetStripeClient } from "@/lib/stripe";

export const TEST_STRIPE_KEY = "sk_test_emulator_tests";

export interface EmulatorHarness {
  emulator: StripeEmulator;
  /** A client of its own, for what the test does "as Stripe" (not through the app's code). */
  stripe: Stripe;
  control<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T>;
  /** A signed webhook request for the app's route handler, as Stripe would send it. */
  signedRequest(url: string, payload: unknown, options?: { secret?: string; timestamp?: number }): Request;
}

/**
 * A Stripe emulator for this test file, reset before each test, with the app's Stripe client
 * pointed at it. Call at the top level of a test file.
 */
export function startEmulatorForFile(): EmulatorHarness {
  const harness = {} as EmulatorHarness;
  const ready = (async () => {
    const emulator = await startStripeEmulator({ port: 0 });
    process.env.STRIPE_SECRET_KEY = TEST_STRIPE_KEY;
    process.env.STRIPE_API_HOST = emulator.url;
    resetStripeClient();
    const url = new URL(emulator.url);
    Object.assign(harness, {
      emulator,
      stripe: new Stripe(TEST_STRIPE_KEY, { host: url.hostname, port: Number(url.port), protocol: "http", maxNetworkRetries: 0 }),
      async control(method: string, path: string, body?: unknown) {
        const response = await fetch(`${emulator.url}${path}`, {
          method,
          headers: { authorization: `Bearer ${TEST_STRIPE_KEY}`, "content-type": "application/json" },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
        return response.json();
      },
      signedRequest(target: string, payload: unknown, options: { secret?: string; timestamp?: number } = {}) {
        const body = JSON.stringify(payload);
        const header = Stripe.webhooks.generateTestHeaderString({
          payload: body,
          secret: options.secret ?? process.env.STRIPE_CONNECT_WEBHOOK_SECRET!,
          timestamp: options.timestamp,
        });
        return new Request(target, { method: "POST", body, headers: { "stripe-signature": header, "content-type": "application/json" } });
      },
    } satisfies EmulatorHarness);
  })();

  beforeEach(async () => {
    await ready;
    harness.emulator.reset();
  });
  afterAll(async () => {
    await ready;
    await harness.emulator.close();
  });
  return harness;
}
