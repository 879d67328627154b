/**
 * The app's one server-side Stripe client. Works both against real Stripe and
 * against the local emulator (stripe-emulator/), with the same SDK calls.
 *
 * No Next.js imports here (not even "server-only"): scripts, tests and the
 * emulator harness import this file outside Next. Never import it from client
 * components: it reads the secret key.
 */
import Stripe from "stripe";

const DEFAULT_EMULATOR_PORT = 12111;

/** The API version the SDK was built for; pinned so responses match its types. */
export const STRIPE_API_VERSION = Stripe.API_VERSION;

function emulatorKey(key: string | undefined): boolean {
  return !!key && key.startsWith("sk_test_emulator");
}

/** True when the client talks to the local emulator (emulator key, or STRIPE_API_HOST set). */
export function isStripeEmulator(env: NodeJS.ProcessEnv = process.env): boolean {
  return emulatorKey(env.STRIPE_SECRET_KEY) || !!env.STRIPE_API_HOST?.trim();
}

/** host/port/protocol for the emulator, from STRIPE_API_HOST or the default local port. */
export function emulatorHostConfig(env: NodeJS.ProcessEnv = process.env): {
  host: string;
  port: number;
  protocol: "http" | "https";
} {
  const raw = env.STRIPE_API_HOST?.trim() || `http://127.0.0.1:${env.STRIPE_EMULATOR_PORT || DEFAULT_EMULATOR_PORT}`;
  const url = new URL(/^https?:\/\//.test(raw) ? raw : `http://${raw}`);
  const protocol = url.protocol === "https:" ? "https" : "http";
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : protocol === "https" ? 443 : 80,
    protocol,
  };
}

/**
 * Where the browser loads Stripe.js from when it is not Stripe's CDN: the emulator's stand-in
 * (`/v3`) in emulator mode, `null` with real keys (then `loadStripe()` fetches js.stripe.com).
 * The root layout includes this script before any `loadStripe()` call runs.
 */
export function stripeJsUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  if (!isStripeEmulator(env)) return null;
  const { protocol, host, port } = emulatorHostConfig(env);
  return `${protocol}://${host.includes(":") ? `[${host}]` : host}:${port}/v3`;
}

/** Build a new client from the environment (most code should use `getStripe()`). */
export function createStripeClient(env: NodeJS.ProcessEnv = process.env): Stripe {
  const key = env.STRIPE_SECRET_KEY?.trim();
  if (!key) {
    throw new Error(
      "STRIPE_SECRET_KEY is not set. Use a Stripe test key (sk_test_...) or, for the local emulator, sk_test_emulator_local.",
    );
  }
  return new Stripe(key, {
    apiVersion: STRIPE_API_VERSION,
    appInfo: { name: "Comptoir marketplace" },
    // Callers decide when a retry is safe (and pass an idempotency key when they do).
    maxNetworkRetries: 0,
    timeout: 20_000,
    ...(isStripeEmulator(env) ? emulatorHostConfig(env) : {}),
  });
}

let client: Stripe | undefined;

/** The lazily created, shared server-side client. */
export function getStripe(): Stripe {
  client ??= createStripeClient();
  return client;
}

/** Forget the shared client (tests that change STRIPE_* variables). */
export function resetStripeClient(): void {
  client = undefined;
}
