import type Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { directSession, expectStripeError, KEY, readyAccount, startHarness, type Harness } from "./helpers";

let h: Harness;
let account: string;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.emu.close());
beforeEach(async () => {
  h.emu.reset();
  account = (await readyAccount(h)).id;
});

const line = { price_data: { currency: "eur", unit_amount: 2000, product_data: { name: "Vase" } }, quantity: 1 };

describe("unknown parameters", () => {
  it("are refused inside line_items[][price_data][product_data] and [price_data]", async () => {
    const e = await expectStripeError(
      directSession(h, account, { line_items: [{ ...line, price_data: { ...line.price_data, product_data: { name: "Vase", colour: "blue" } } }] } as never),
    );
    expect(e).toMatchObject({ statusCode: 400, code: "parameter_unknown", param: "line_items[0][price_data][product_data][colour]" });
    const pd = await expectStripeError(directSession(h, account, { line_items: [{ ...line, price_data: { ...line.price_data, amount: 3 } }] } as never));
    expect(pd).toMatchObject({ code: "parameter_unknown", param: "line_items[0][price_data][amount]" });
    const li = await expectStripeError(directSession(h, account, { line_items: [{ ...line, qty: 2 }] } as never));
    expect(li).toMatchObject({ code: "parameter_unknown", param: "line_items[0][qty]" });
  });

  it("are refused in list query strings, known filters still work", async () => {
    for (const path of ["/v1/charges?colour=red", "/v1/checkout/sessions?limit=2&foo=1", "/v1/events?typ=x", "/v1/accounts?x=1", "/v1/payment_intents?customer_x=1"]) {
      const res = await fetch(`${h.emu.url}${path}`, { headers: { authorization: `Bearer ${KEY}` } });
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(res.status, path).toBe(400);
      expect(body.error.code).toBe("parameter_unknown");
      expect(body.error.message).toMatch(/^Received unknown parameter: /);
    }
    const ok = await h.stripe.events.list({ type: "account.*", limit: 3, created: { gte: 0 } }, { stripeAccount: account });
    expect(ok.data.length).toBeGreaterThan(0);
  });
});

describe("balance.available", () => {
  it("carries a balance object (arrays of amount, currency, source_types)", async () => {
    const s = await directSession(h, account);
    await h.control("POST", `/_emulator/checkout/sessions/${s.id}/pay`, { outcome: "paid" });
    await h.control("POST", "/_emulator/balance/settle", { account });
    const events = await h.stripe.events.list({ type: "balance.available" }, { stripeAccount: account });
    const balance = events.data[0]!.data.object as Stripe.Balance;
    expect(balance.object).toBe("balance");
    const net = 4000 - (Math.round(4000 * 0.015) + 25) - 400;
    expect(balance.available).toEqual([{ amount: net, currency: "eur", source_types: { card: net } }]);
    expect(balance.pending).toEqual([{ amount: 0, currency: "eur", source_types: { card: 0 } }]);
    const api = await h.stripe.balance.retrieve({}, { stripeAccount: account });
    expect(api.available).toEqual(balance.available);
  });
});

describe("embedded Checkout sessions", () => {
  const embedded = (extra: Partial<Stripe.Checkout.SessionCreateParams>) =>
    h.stripe.checkout.sessions.create(
      { mode: "payment", line_items: [line], ui_mode: "embedded_page", payment_intent_data: { application_fee_amount: 200 }, ...extra },
      { stripeAccount: account },
    );

  it("has a client_secret and no url; return_url keeps {CHECKOUT_SESSION_ID}", async () => {
    const s = await embedded({ return_url: "http://shop.test/return?session_id={CHECKOUT_SESSION_ID}" });
    expect(s).toMatchObject({ ui_mode: "embedded_page", url: null, success_url: null, redirect_on_completion: "always" });
    expect(s.client_secret).toMatch(new RegExp(`^${s.id}_secret_`));
    expect(s.return_url).toBe("http://shop.test/return?session_id={CHECKOUT_SESSION_ID}");
    const hosted = await directSession(h, account);
    expect(hosted).toMatchObject({ ui_mode: "hosted_page", client_secret: null });
  });

  it("refuses success_url / cancel_url, a missing return_url and the removed `embedded` name", async () => {
    expect(await expectStripeError(embedded({ return_url: "http://shop.test/r", success_url: "http://shop.test/s" }))).toMatchObject({ param: "success_url" });
    expect(await expectStripeError(embedded({ return_url: "http://shop.test/r", cancel_url: "http://shop.test/c" }))).toMatchObject({ param: "cancel_url" });
    expect(await expectStripeError(embedded({}))).toMatchObject({ param: "return_url", code: "parameter_missing" });
    expect(await expectStripeError(embedded({ redirect_on_completion: "never", return_url: "http://shop.test/r" }))).toMatchObject({ param: "return_url" });
    const never = await embedded({ redirect_on_completion: "never" });
    expect(never.redirect_on_completion).toBe("never");
    expect(await expectStripeError(embedded({ ui_mode: "embedded" as never, return_url: "http://shop.test/r" }))).toMatchObject({ param: "ui_mode" });
    expect(await expectStripeError(directSession(h, account, { return_url: "http://shop.test/r" }))).toMatchObject({ param: "return_url" });
  });

  it("paid through the control API: same events as hosted Checkout", async () => {
    const s = await embedded({ redirect_on_completion: "never" });
    await h.control("POST", `/_emulator/checkout/sessions/${s.id}/pay`, { outcome: "paid" });
    const done = await h.stripe.checkout.sessions.retrieve(s.id, {}, { stripeAccount: account });
    expect(done).toMatchObject({ status: "complete", payment_status: "paid" });
    const types = (await h.stripe.events.list({}, { stripeAccount: account })).data.map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(["checkout.session.completed", "payment_intent.succeeded", "charge.succeeded"]));
  });
});
