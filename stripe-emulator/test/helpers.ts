import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { startStripeEmulator, type StripeEmulator, type StripeEmulatorOptions } from "../src/index";

export const KEY = "sk_test_emulator_tests";

export interface Harness {
  emu: StripeEmulator;
  stripe: Stripe;
  control<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
}

export async function startHarness(options: StripeEmulatorOptions = {}): Promise<Harness> {
  const emu = await startStripeEmulator({ port: 0, ...options });
  const u = new URL(emu.url);
  const stripe = new Stripe(KEY, {
    host: u.hostname,
    port: Number(u.port),
    protocol: "http",
    maxNetworkRetries: 0,
    timeout: 5000,
  });
  return {
    emu,
    stripe,
    async control(method, path, body) {
      const res = await fetch(`${emu.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${KEY}`, "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as never };
    },
  };
}

/** An onboarded connected account ready for direct charges. */
export async function readyAccount(h: Harness, extra: Stripe.AccountCreateParams = {}): Promise<Stripe.Account> {
  const a = await h.stripe.accounts.create({ type: "express", country: "FR", email: "shop@example.com", ...extra });
  await h.control("POST", `/_emulator/accounts/${a.id}/onboarding`, { outcome: "complete" });
  return a;
}

export async function directSession(
  h: Harness,
  account: string,
  params: Partial<Stripe.Checkout.SessionCreateParams> = {},
): Promise<Stripe.Checkout.Session> {
  return h.stripe.checkout.sessions.create(
    {
      mode: "payment",
      line_items: [{ price_data: { currency: "eur", unit_amount: 2000, product_data: { name: "Vase" } }, quantity: 2 }],
      payment_intent_data: { application_fee_amount: 400, metadata: { order_id: "o_1" } },
      success_url: "http://shop.test/success?session_id={CHECKOUT_SESSION_ID}",
      cancel_url: "http://shop.test/cancel",
      ...params,
    },
    { stripeAccount: account },
  );
}

export interface Received {
  headers: IncomingMessage["headers"];
  body: string;
  at: number;
}

/** A tiny webhook receiver; `respond` decides the status code of each request. */
export async function startReceiver(respond: (n: number, r: Received) => number | Promise<number> = () => 200): Promise<{
  url: string;
  received: Received[];
  close(): Promise<void>;
}> {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const r = { headers: req.headers, body: Buffer.concat(chunks).toString("utf8"), at: Date.now() };
      received.push(r);
      const status = await respond(received.length, r);
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify({ received: true }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function waitFor<T>(fn: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 8000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() - start > timeoutMs) throw new Error("waitFor: timed out");
    await new Promise((r) => setTimeout(r, 25));
  }
}

export async function expectStripeError(p: Promise<unknown>): Promise<Stripe.errors.StripeError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof Stripe.errors.StripeError) return e;
    throw e;
  }
  throw new Error("expected a Stripe error");
}

/** An emulator with one onboarded Express account, for the Chromium specs (no vitest needed). */
export async function startWithReadyAccount(options: StripeEmulatorOptions = {}): Promise<{ emu: StripeEmulator; stripe: Stripe; account: string }> {
  const emu = await startStripeEmulator({ port: 0, ...options });
  const u = new URL(emu.url);
  const stripe = new Stripe(KEY, { host: u.hostname, port: Number(u.port), protocol: "http" });
  const a = await stripe.accounts.create({ type: "express", email: "atelier@example.fr", business_profile: { name: "Atelier Grès" } });
  await fetch(`${emu.url}/_emulator/accounts/${a.id}/onboarding`, {
    method: "POST",
    headers: { authorization: `Bearer ${KEY}`, "content-type": "application/json" },
    body: JSON.stringify({ outcome: "complete" }),
  });
  return { emu, stripe, account: a.id };
}
