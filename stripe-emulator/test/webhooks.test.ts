import Stripe from "stripe";
import { afterEach, describe, expect, it } from "vitest";
import { directSession, expectStripeError, readyAccount, startHarness, startReceiver, waitFor, type Harness } from "./helpers";

const PLATFORM_SECRET = "whsec_platform_test";
const CONNECT_SECRET = "whsec_connect_test";
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function setup(respond?: Parameters<typeof startReceiver>[0], extra: Parameters<typeof startHarness>[0] = {}) {
  const platform = await startReceiver();
  const connect = await startReceiver(respond);
  const h = await startHarness({
    webhookRetryBaseMs: 100,
    webhookMaxAttempts: 4,
    webhookEndpoints: [
      { url: platform.url, secret: PLATFORM_SECRET, connect: false },
      { url: connect.url, secret: CONNECT_SECRET, connect: true, enabledEvents: ["checkout.session.completed", "account.updated", "charge.refunded"] },
    ],
    ...extra,
  });
  cleanups.push(() => h.emu.close(), () => platform.close(), () => connect.close());
  return { h, platform, connect };
}

const verify = (body: string, sig: string | string[] | undefined, secret: string): Stripe.Event =>
  Stripe.webhooks.constructEvent(body, String(sig), secret);

async function paidSession(h: Harness) {
  const acct = await readyAccount(h);
  const s = await directSession(h, acct.id);
  await h.control("POST", `/_emulator/checkout/sessions/${s.id}/pay`, { outcome: "paid" });
  return { acct, s };
}

describe("webhook delivery", () => {
  it("signs like Stripe, routes platform vs Connect events and filters enabled_events", async () => {
    const { h, platform, connect } = await setup();
    const { acct, s } = await paidSession(h);
    const completed = await waitFor(() => connect.received.find((r) => r.body.includes('"checkout.session.completed"')));
    expect(completed.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(completed.headers["user-agent"]).toBe("Stripe/1.0 (+https://stripe.com/docs/webhooks)");
    const ev = verify(completed.body, completed.headers["stripe-signature"], CONNECT_SECRET) as Stripe.CheckoutSessionCompletedEvent;
    expect(ev).toMatchObject({ object: "event", type: "checkout.session.completed", account: acct.id, livemode: false, api_version: Stripe.API_VERSION });
    expect(ev.id).toMatch(/^evt_/);
    expect(ev.data.object.id).toBe(s.id);
    expect(ev.request).toEqual({ id: null, idempotency_key: null });
    expect(() => verify(completed.body, completed.headers["stripe-signature"], PLATFORM_SECRET)).toThrow();

    const fee = await waitFor(() => platform.received.find((r) => r.body.includes('"application_fee.created"')));
    const feeEv = verify(fee.body, fee.headers["stripe-signature"], PLATFORM_SECRET) as Stripe.ApplicationFeeCreatedEvent;
    expect(feeEv.account).toBeUndefined();
    expect(feeEv.data.object.account).toBe(acct.id);
    // Not enabled on the Connect endpoint: never sent there.
    await h.control("POST", "/_emulator/webhooks/flush");
    expect(connect.received.some((r) => r.body.includes('"payment_intent.succeeded"'))).toBe(false);
    expect(platform.received.some((r) => r.body.includes('"checkout.session.completed"'))).toBe(false);
  });

  it("events of API requests carry request.id and idempotency_key", async () => {
    const { h, connect } = await setup();
    const acct = await readyAccount(h);
    await h.stripe.accounts.update(acct.id, { email: "n@example.com" }, { idempotencyKey: "upd-1" });
    const r = await waitFor(() => connect.received.find((x) => x.body.includes("n@example.com")));
    const ev = verify(r.body, r.headers["stripe-signature"], CONNECT_SECRET);
    expect(ev.request?.id).toMatch(/^req_/);
    expect(ev.request?.idempotency_key).toBe("upd-1");
  });

  it("retries failures with exponential back-off and reflects delivery_success", async () => {
    let failures = 0;
    const { h, connect } = await setup((_n, r) => (r.body.includes('"checkout.session.completed"') && ++failures <= 2 ? 500 : 200));
    const { acct } = await paidSession(h);
    const hits = () => connect.received.filter((r) => r.body.includes('"checkout.session.completed"'));
    await waitFor(() => hits().length >= 3, 5000);
    const [a, b, c] = hits();
    expect(b!.at - a!.at).toBeGreaterThanOrEqual(90);
    expect(c!.at - b!.at).toBeGreaterThanOrEqual(190);
    const ids = hits().map((r) => (JSON.parse(r.body) as Stripe.Event).id);
    expect(new Set(ids).size).toBe(1);
    const ok = await h.stripe.events.list({ delivery_success: true, type: "checkout.session.completed" }, { stripeAccount: acct.id });
    expect(ok.data).toHaveLength(1);
    expect(ok.data[0]!.pending_webhooks).toBe(0);
    const d = await h.control<{ data: Array<{ attempt: number; status_code: number }> }>("GET", `/_emulator/deliveries?event_id=${ids[0]}`);
    expect(d.body.data.map((x) => [x.attempt, x.status_code])).toEqual([[1, 500], [2, 500], [3, 200]]);
  });

  it("gives up after the last attempt: delivery_success=false", async () => {
    const { h, connect } = await setup(() => 503);
    const { acct } = await paidSession(h);
    await waitFor(() => connect.received.length >= 4, 5000);
    await new Promise((r) => setTimeout(r, 100));
    const failed = await h.stripe.events.list({ delivery_success: false }, { stripeAccount: acct.id });
    expect(failed.data.map((e) => e.type)).toContain("checkout.session.completed");
    expect(failed.data[0]!.pending_webhooks).toBe(1);
  });

  it("webhook endpoints CRUD through the SDK; the secret is only returned on create", async () => {
    const { h } = await setup();
    const we: Stripe.WebhookEndpoint = await h.stripe.webhookEndpoints.create({ url: "http://127.0.0.1:9/x", enabled_events: ["*"], connect: true });
    expect(we.secret).toMatch(/^whsec_/);
    const got = await h.stripe.webhookEndpoints.retrieve(we.id);
    expect(got.secret).toBeUndefined();
    const up = await h.stripe.webhookEndpoints.update(we.id, { enabled_events: ["charge.refunded"], disabled: true });
    expect(up).toMatchObject({ enabled_events: ["charge.refunded"], status: "disabled" });
    expect((await h.stripe.webhookEndpoints.list()).data.length).toBe(3);
    const del: Stripe.DeletedWebhookEndpoint = await h.stripe.webhookEndpoints.del(we.id);
    expect(del.deleted).toBe(true);
    const e = await expectStripeError(h.stripe.webhookEndpoints.create({ url: "http://x.test", enabled_events: [] as never }));
    expect(e.param).toBe("enabled_events");
  });
});

describe("webhook faults", () => {
  it("duplicate and concurrent deliveries", async () => {
    const { h, connect } = await setup();
    await h.control("POST", "/_emulator/faults", { webhooks: { duplicate: true, types: ["checkout.session.completed"] } });
    await paidSession(h);
    await waitFor(() => connect.received.filter((r) => r.body.includes('"checkout.session.completed"')).length === 2);
    await h.control("POST", "/_emulator/faults", { webhooks: { concurrent: 3, types: ["checkout.session.completed"] } });
    await paidSession(h);
    const all = await waitFor(() => {
      const x = connect.received.filter((r) => r.body.includes('"checkout.session.completed"'));
      return x.length === 5 ? x : undefined;
    });
    const last3 = all.slice(2).map((r) => (JSON.parse(r.body) as Stripe.Event).id);
    expect(new Set(last3).size).toBe(1);
  });

  it("reverse order for the next batch", async () => {
    const { h, platform } = await setup();
    await h.stripe.webhookEndpoints.create({ url: platform.url.replace("/hook", "/all"), enabled_events: ["*"], connect: true });
    const all = platform; // same receiver, second endpoint path
    const acct = await readyAccount(h);
    await h.control("POST", "/_emulator/webhooks/flush");
    await h.control("POST", "/_emulator/faults", { webhooks: { reverse: true } });
    const s = await directSession(h, acct.id);
    await h.control("POST", `/_emulator/checkout/sessions/${s.id}/pay`, { outcome: "paid" });
    await h.control("POST", "/_emulator/webhooks/flush");
    const types = all.received.filter((r) => r.body.includes('"account"')).map((r) => (JSON.parse(r.body) as Stripe.Event).type);
    const completedIdx = types.indexOf("checkout.session.completed");
    const chargeIdx = types.indexOf("charge.succeeded");
    expect(completedIdx).toBeGreaterThanOrEqual(0);
    expect(completedIdx).toBeLessThan(chargeIdx);
  });

  it("stale timestamp and wrong secret are rejected by constructEvent; delay lets later events overtake", async () => {
    const { h, connect } = await setup();
    await h.control("POST", "/_emulator/faults", { webhooks: [{ stale: true, types: ["checkout.session.completed"] }] });
    await paidSession(h);
    const stale = await waitFor(() => connect.received.find((r) => r.body.includes('"checkout.session.completed"')));
    expect(() => verify(stale.body, stale.headers["stripe-signature"], CONNECT_SECRET)).toThrow(/Timestamp outside the tolerance zone/);

    await h.control("POST", "/_emulator/faults", { wrong_secret: true, types: ["account.updated"] });
    const a = await readyAccount(h);
    const wrong = await waitFor(() => connect.received.find((r) => r.body.includes(a.id) && r.body.includes('"account.updated"')));
    expect(() => verify(wrong.body, wrong.headers["stripe-signature"], CONNECT_SECRET)).toThrow(/No signatures found/);

    await h.control("POST", "/_emulator/faults", { delay_ms: 400, types: ["account.updated"] });
    const b = await h.stripe.accounts.create({ type: "express" });
    await h.control("POST", `/_emulator/accounts/${b.id}/onboarding`, { outcome: "complete" }); // delayed
    await h.control("POST", `/_emulator/accounts/${b.id}/restrict`, {}); // not delayed
    await waitFor(() => connect.received.filter((r) => r.body.includes(b.id)).length === 2);
    const order = connect.received
      .filter((r) => r.body.includes(b.id))
      .map((r) => (JSON.parse(r.body) as Stripe.AccountUpdatedEvent).data.object.charges_enabled);
    expect(order).toEqual([false, true]); // the restrict event (charges off) arrived first
  });

  it("drop: never delivered, visible through delivery_success=false", async () => {
    const { h, connect } = await setup();
    await h.control("POST", "/_emulator/faults", { webhooks: { drop: true, types: ["checkout.session.completed"] } });
    const { acct, s } = await paidSession(h);
    await h.control("POST", "/_emulator/webhooks/flush");
    await new Promise((r) => setTimeout(r, 150));
    expect(connect.received.some((r) => r.body.includes('"checkout.session.completed"'))).toBe(false);
    const pending = await h.stripe.events.list({ delivery_success: false, type: "checkout.session.*" }, { stripeAccount: acct.id });
    expect((pending.data[0] as Stripe.CheckoutSessionCompletedEvent).data.object.id).toBe(s.id);
    await h.control("POST", `/_emulator/events/${pending.data[0]!.id}/redeliver`);
    await waitFor(() => connect.received.find((r) => r.body.includes('"checkout.session.completed"')));
  });
});

describe("API faults", () => {
  it("429, 500 and timeout for the next requests", async () => {
    const { h } = await setup();
    await h.control("POST", "/_emulator/faults", { api: [{ status: 429, count: 1 }, { status: 500, count: 1 }] });
    const e1 = await expectStripeError(h.stripe.accounts.list());
    expect(e1).toBeInstanceOf(Stripe.errors.StripeRateLimitError);
    expect(e1.statusCode).toBe(429);
    const e2 = await expectStripeError(h.stripe.accounts.list());
    expect(e2).toBeInstanceOf(Stripe.errors.StripeAPIError);
    expect(e2.statusCode).toBe(500);
    expect((await h.stripe.accounts.list()).object).toBe("list");

    await h.control("POST", "/_emulator/faults", { api: { status: "timeout", count: 1, hold_ms: 3000 } });
    const u = new URL(h.emu.url);
    const impatient = new Stripe("sk_test_x", { host: u.hostname, port: u.port, protocol: "http", timeout: 300, maxNetworkRetries: 0 });
    const e3 = await expectStripeError(impatient.accounts.list());
    expect(e3).toBeInstanceOf(Stripe.errors.StripeConnectionError);
  });

  it("timeout with execute: the request runs, and an idempotent retry gets the stored result", async () => {
    const { h } = await setup();
    await h.control("POST", "/_emulator/faults", { api: { status: "timeout", execute: true, path: "/v1/accounts", method: "POST" } });
    const u = new URL(h.emu.url);
    const impatient = new Stripe("sk_test_x", { host: u.hostname, port: u.port, protocol: "http", timeout: 300, maxNetworkRetries: 0 });
    await expectStripeError(impatient.accounts.create({ email: "once@example.com" }, { idempotencyKey: "create-once" }));
    const retry = await impatient.accounts.create({ email: "once@example.com" }, { idempotencyKey: "create-once" });
    expect(retry.lastResponse.headers["idempotent-replayed"]).toBe("true");
    const all = await h.stripe.accounts.list({ limit: 100 });
    expect(all.data.filter((a) => a.email === "once@example.com")).toHaveLength(1);
  });
});
