import Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { expectStripeError, readyAccount, startHarness, waitFor, type Harness } from "./helpers";

const PK = "pk_test_emulator_tests";
let h: Harness;
let account: string;
let browser: Stripe; // what Stripe.js would send: a publishable key

beforeAll(async () => {
  h = await startHarness({ asyncPaymentDelayMs: 100 });
  const u = new URL(h.emu.url);
  browser = new Stripe(PK, { host: u.hostname, port: Number(u.port), protocol: "http", maxNetworkRetries: 0 });
});
afterAll(() => h.emu.close());
beforeEach(async () => {
  h.emu.reset();
  account = (await readyAccount(h)).id;
});

const on = () => ({ stripeAccount: account });

/** `POST /v1/confirmation_tokens` as the Payment Element iframe sends it (publishable key). */
async function browserToken(fields: Record<string, string>, stripeAccount: string | null = account) {
  const res = await fetch(`${h.emu.url}/v1/confirmation_tokens`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${PK}`,
      "content-type": "application/x-www-form-urlencoded",
      origin: "http://shop.test",
      ...(stripeAccount ? { "stripe-account": stripeAccount } : {}),
    },
    body: new URLSearchParams(fields).toString(),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> & { id: string; error?: { code?: string; type: string } } };
}

const CARD = (number: string) => ({
  "payment_method_data[type]": "card",
  "payment_method_data[card][number]": number,
  "payment_method_data[card][exp_month]": "12",
  "payment_method_data[card][exp_year]": "2034",
  "payment_method_data[card][cvc]": "123",
  "payment_method_data[billing_details][email]": "buyer@example.fr",
});

async function testToken(payment_method: string, extra: Record<string, unknown> = {}) {
  return h.stripe.testHelpers.confirmationTokens.create({ payment_method, ...extra }, on());
}

function pay(confirmation_token: string, extra: Partial<Stripe.PaymentIntentCreateParams> = {}) {
  return h.stripe.paymentIntents.create(
    { amount: 6300, currency: "eur", application_fee_amount: 630, automatic_payment_methods: { enabled: true }, confirm: true, confirmation_token, ...extra },
    on(),
  );
}

async function eventTypes(): Promise<string[]> {
  const list = await h.stripe.events.list({ limit: 100 }, on());
  return list.data.map((e) => e.type).reverse();
}

describe("publishable keys and CORS", () => {
  it("refuses a publishable key on secret-key operations", async () => {
    const e = await expectStripeError(browser.paymentIntents.create({ amount: 1000, currency: "eur" }));
    expect(e.statusCode).toBe(401);
    expect(e.message).toMatch(/cannot be made with a publishable API key/);
    const list = await expectStripeError(browser.paymentIntents.list());
    expect(list.statusCode).toBe(401);
    const token = await testToken("pm_card_visa");
    expect((await expectStripeError(browser.confirmationTokens.retrieve(token.id, {}, on()))).statusCode).toBe(401);
  });

  it("answers browser calls from any origin on publishable endpoints only", async () => {
    const pre = await fetch(`${h.emu.url}/v1/confirmation_tokens`, {
      method: "OPTIONS",
      headers: { origin: "http://shop.test", "access-control-request-method": "POST", "access-control-request-headers": "authorization, stripe-account" },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-origin")).toBe("http://shop.test");
    expect(pre.headers.get("access-control-allow-headers")).toMatch(/Stripe-Account/);
    const secretOnly = await fetch(`${h.emu.url}/v1/payment_intents`, { method: "OPTIONS", headers: { origin: "http://shop.test", "access-control-request-method": "POST" } });
    expect(secretOnly.headers.get("access-control-allow-origin")).toBeNull();
    const created = await browserToken(CARD("4242424242424242"));
    expect(created.status).toBe(200);
    expect(created.headers.get("access-control-allow-origin")).toBe("http://shop.test");
  });

  it("a secret key cannot create browser tokens; an unknown key is refused", async () => {
    const res = await fetch(`${h.emu.url}/v1/confirmation_tokens`, { method: "POST", headers: { authorization: "Bearer pk_live_nope" } });
    expect(res.status).toBe(401);
  });
});

describe("ConfirmationTokens", () => {
  it("browser create, server retrieve: preview without card data, 12 h expiry", async () => {
    const { body } = await browserToken({ ...CARD("4000 0025 0000 3155"), return_url: "http://shop.test/back" });
    expect(body.id).toMatch(/^ctoken_/);
    const ct = await h.stripe.confirmationTokens.retrieve(body.id, {}, on());
    expect(ct.expires_at! - ct.created).toBe(12 * 3600);
    expect(ct).toMatchObject({ object: "confirmation_token", payment_intent: null, use_stripe_sdk: true, return_url: "http://shop.test/back" });
    expect(ct.payment_method_preview).toMatchObject({ type: "card", card: { brand: "visa", last4: "3155", exp_month: 12, exp_year: 2034 } });
    expect(JSON.stringify(ct)).not.toContain("4000002500003155");
  });

  it("validates card data like Stripe (402 card_error with param)", async () => {
    const bad = await browserToken(CARD("4242424242424241"));
    expect(bad.status).toBe(402);
    expect(bad.body.error).toMatchObject({ type: "card_error", code: "incorrect_number" });
    const past = await browserToken({ ...CARD("4242424242424242"), "payment_method_data[card][exp_year]": "2020" });
    expect(past.body.error).toMatchObject({ code: "invalid_expiry_year" });
  });

  it("is scoped to its account", async () => {
    const { body } = await browserToken(CARD("4242424242424242"));
    expect((await expectStripeError(h.stripe.confirmationTokens.retrieve(body.id))).statusCode).toBe(404);
    const other = (await readyAccount(h)).id;
    const e = await expectStripeError(
      h.stripe.paymentIntents.create({ amount: 1000, currency: "eur", confirm: true, confirmation_token: body.id }, { stripeAccount: other }),
    );
    expect(e).toMatchObject({ statusCode: 404, code: "resource_missing", param: "confirmation_token" });
  });

  it("is single use and expires after 12 hours", async () => {
    const ct = await testToken("pm_card_visa");
    await pay(ct.id);
    expect((await h.stripe.confirmationTokens.retrieve(ct.id, {}, on())).payment_intent).toMatch(/^pi_/);
    const reused = await expectStripeError(pay(ct.id));
    expect(reused).toMatchObject({ statusCode: 400, code: "confirmation_token_already_used" });
    const late = await testToken("pm_card_visa");
    await h.control("POST", "/_emulator/clock/advance", { seconds: 12 * 3600 });
    expect(await expectStripeError(pay(late.id))).toMatchObject({ statusCode: 400, code: "confirmation_token_expired" });
  });

  it("test helper refuses unknown test payment methods and unknown params", async () => {
    expect(await expectStripeError(testToken("pm_card_nope"))).toMatchObject({ statusCode: 404, param: "payment_method" });
    expect(await expectStripeError(testToken("pm_card_visa", { colour: "red" }))).toMatchObject({ code: "parameter_unknown", param: "colour" });
  });
});

describe("PaymentIntents", () => {
  it("4242: succeeded with charge, balance transaction, application fee and events", async () => {
    const pi = await pay((await testToken("pm_card_visa")).id, { metadata: { order_id: "o_9" } });
    expect(pi).toMatchObject({ status: "succeeded", amount_received: 6300, application_fee_amount: 630, metadata: { order_id: "o_9" } });
    expect(pi.automatic_payment_methods).toMatchObject({ enabled: true });
    expect(pi.payment_method).toMatch(/^pm_/);
    const charge = await h.stripe.charges.retrieve(pi.latest_charge as string, { expand: ["balance_transaction"] }, on());
    const txn = charge.balance_transaction as Stripe.BalanceTransaction;
    expect(txn).toMatchObject({ amount: 6300, fee: Math.round(6300 * 0.015) + 25 + 630 });
    const fee = await h.stripe.applicationFees.retrieve(charge.application_fee as string);
    expect(fee).toMatchObject({ amount: 630, account, charge: charge.id });
    await waitFor(async () => (await eventTypes()).includes("payment_intent.succeeded"));
    expect(await eventTypes()).toEqual(["account.updated", "payment_intent.created", "charge.succeeded", "payment_intent.succeeded"]);
    const platform = await h.stripe.events.list({ type: "application_fee.created" });
    expect(platform.data).toHaveLength(1);
  });

  it("9995: 402 with last_payment_error, then another card succeeds on the same PaymentIntent", async () => {
    const e = await expectStripeError(pay((await testToken("pm_card_visa_chargeDeclinedInsufficientFunds")).id));
    expect(e).toMatchObject({ statusCode: 402, type: "StripeCardError", code: "card_declined", decline_code: "insufficient_funds" });
    const failed = e.payment_intent!;
    expect(failed.status).toBe("requires_payment_method");
    expect(failed.last_payment_error).toMatchObject({ code: "card_declined", decline_code: "insufficient_funds", message: "Your card has insufficient funds." });
    const ok = await h.stripe.paymentIntents.confirm(failed.id, { confirmation_token: (await testToken("pm_card_visa")).id }, on());
    expect(ok).toMatchObject({ id: failed.id, status: "succeeded", last_payment_error: null });
    const charges = await h.stripe.charges.list({ payment_intent: failed.id }, on());
    expect(charges.data.map((c) => c.status)).toEqual(["succeeded", "failed"]);
    const types = await eventTypes();
    expect(types).toEqual(expect.arrayContaining(["charge.failed", "payment_intent.payment_failed", "charge.succeeded", "payment_intent.succeeded"]));
  });

  it("3155 from Stripe.js: requires_action with use_stripe_sdk; passing the challenge succeeds", async () => {
    const { body } = await browserToken(CARD("4000002500003155"));
    const pi = await pay(body.id);
    expect(pi.status).toBe("requires_action");
    expect(pi.next_action).toMatchObject({ type: "use_stripe_sdk", use_stripe_sdk: { type: "three_d_secure_redirect" } });
    const url = (pi.next_action!.use_stripe_sdk as { stripe_js: string }).stripe_js;
    expect(url).toContain(`/v3/authenticate/${pi.id}`);
    const page = await fetch(url);
    expect(await page.text()).toContain("Valider l'authentification");
    const answer = await fetch(url.split("?")[0]!, {
      method: "POST",
      body: new URLSearchParams({ result: "pass", client_secret: pi.client_secret!, frame: "1" }),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(await answer.text()).toContain("challenge-complete");
    expect((await h.stripe.paymentIntents.retrieve(pi.id, {}, on())).status).toBe("succeeded");
    expect(await eventTypes()).toContain("payment_intent.requires_action");
  });

  it("3155 confirmed on the server with return_url: redirect_to_url; failing returns to requires_payment_method", async () => {
    const pi = await pay((await testToken("pm_card_authenticationRequired")).id, { return_url: "http://shop.test/done" });
    expect(pi.next_action).toMatchObject({ type: "redirect_to_url", redirect_to_url: { return_url: "http://shop.test/done" } });
    const res = await fetch(pi.next_action!.redirect_to_url!.url!.split("?")[0]!, {
      method: "POST",
      redirect: "manual",
      body: new URLSearchParams({ result: "fail", client_secret: pi.client_secret! }),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(res.status).toBe(303);
    const back = new URL(res.headers.get("location")!);
    expect(back.origin + back.pathname).toBe("http://shop.test/done");
    expect(back.searchParams.get("redirect_status")).toBe("failed");
    const after = await h.stripe.paymentIntents.retrieve(pi.id, {}, on());
    expect(after).toMatchObject({ status: "requires_payment_method", last_payment_error: { code: "payment_intent_authentication_failure" } });
  });

  it("manual confirmation (handleCardAction): requires_confirmation after the challenge, then confirm succeeds", async () => {
    const pi = await h.stripe.paymentIntents.create(
      { amount: 2000, currency: "eur", confirm: true, confirmation_method: "manual", payment_method: "pm_card_authenticationRequired", allowed_payment_method_types: ["card"] },
      on(),
    );
    expect(pi.status).toBe("requires_action");
    await fetch(`${h.emu.url}/v3/authenticate/${pi.id}`, {
      method: "POST",
      body: new URLSearchParams({ result: "pass", client_secret: pi.client_secret!, frame: "1" }),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect((await h.stripe.paymentIntents.retrieve(pi.id, {}, on())).status).toBe("requires_confirmation");
    expect((await h.stripe.paymentIntents.confirm(pi.id, {}, on())).status).toBe("succeeded");
  });

  it("SEPA Debit: processing, then succeeded (or failed) later", async () => {
    const sepa = (iban: string) =>
      h.stripe.testHelpers.confirmationTokens.create(
        { payment_method_data: { type: "sepa_debit", sepa_debit: { iban }, billing_details: { name: "Jeanne Martin", email: "j@example.fr" } } },
        on(),
      );
    const ok = await pay((await sepa("DE89370400440532013000")).id);
    expect(ok.status).toBe("processing");
    const ko = await pay((await sepa("AT861904300235473202")).id);
    await waitFor(async () => (await h.stripe.paymentIntents.retrieve(ok.id, {}, on())).status === "succeeded");
    await waitFor(async () => (await h.stripe.paymentIntents.retrieve(ko.id, {}, on())).status === "requires_payment_method");
    const types = await eventTypes();
    expect(types).toEqual(expect.arrayContaining(["payment_intent.processing", "charge.pending", "charge.succeeded", "charge.failed", "payment_intent.payment_failed"]));
    const usd = await expectStripeError(
      h.stripe.paymentIntents.create({ amount: 2000, currency: "usd", confirm: true, confirmation_token: (await sepa("DE89370400440532013000")).id }, on()),
    );
    expect(usd).toMatchObject({ statusCode: 400, code: "payment_intent_incompatible_payment_method" });
  });

  it("cancel: only in cancelable states, emits payment_intent.canceled", async () => {
    const pi = await h.stripe.paymentIntents.create({ amount: 1500, currency: "eur" }, on());
    expect(pi.status).toBe("requires_payment_method");
    const canceled = await h.stripe.paymentIntents.cancel(pi.id, { cancellation_reason: "abandoned" }, on());
    expect(canceled).toMatchObject({ status: "canceled", cancellation_reason: "abandoned" });
    expect(await expectStripeError(h.stripe.paymentIntents.cancel(pi.id, {}, on()))).toMatchObject({ code: "payment_intent_unexpected_state" });
    expect(await expectStripeError(h.stripe.paymentIntents.confirm(pi.id, { payment_method: "pm_card_visa" }, on()))).toMatchObject({
      code: "payment_intent_unexpected_state",
    });
    await waitFor(async () => (await eventTypes()).includes("payment_intent.canceled"));
  });

  it("validation: fee needs Stripe-Account and cannot exceed the amount; minimum amount; unknown params", async () => {
    const noAcct = await expectStripeError(h.stripe.paymentIntents.create({ amount: 1000, currency: "eur", application_fee_amount: 10 }));
    expect(noAcct.param).toBe("application_fee_amount");
    expect((await expectStripeError(h.stripe.paymentIntents.create({ amount: 1000, currency: "eur", application_fee_amount: 1001 }, on()))).param).toBe("application_fee_amount");
    expect(await expectStripeError(h.stripe.paymentIntents.create({ amount: 10, currency: "eur" }, on()))).toMatchObject({ code: "amount_too_small" });
    expect(await expectStripeError(h.stripe.paymentIntents.create({ amount: 1000, currency: "eur", colour: "red" } as never, on()))).toMatchObject({
      code: "parameter_unknown",
    });
    const removed = await expectStripeError(h.stripe.paymentIntents.create({ amount: 1000, currency: "eur", payment_method_types: ["card"] } as never, on()));
    expect(removed).toMatchObject({ code: "parameter_unknown", param: "payment_method_types" });
    const cardOnly = await h.stripe.paymentIntents.create({ amount: 1000, currency: "eur", excluded_payment_method_types: ["sepa_debit"] }, on());
    expect(cardOnly.payment_method_types).toEqual(["card"]);
  });

  it("retrieve with a publishable key needs the client secret and the account", async () => {
    const pi = await h.stripe.paymentIntents.create({ amount: 1500, currency: "eur" }, on());
    const got = await browser.paymentIntents.retrieve(pi.id, { client_secret: pi.client_secret! }, on());
    expect(got.id).toBe(pi.id);
    expect(await expectStripeError(browser.paymentIntents.retrieve(pi.id, {}, on()))).toMatchObject({ param: "client_secret" });
    const wrong = `${pi.id}_secret_wrong`;
    expect((await expectStripeError(browser.paymentIntents.retrieve(pi.id, { client_secret: wrong }, on()))).statusCode).toBe(404);
    expect((await expectStripeError(browser.paymentIntents.retrieve(pi.id, { client_secret: pi.client_secret! }))).statusCode).toBe(404);
    expect((await expectStripeError(h.stripe.paymentIntents.retrieve(pi.id))).statusCode).toBe(404);
  });

  it("idempotency: a replayed create returns the same PaymentIntent, a replayed decline the same 402", async () => {
    const ct = (await testToken("pm_card_visa")).id;
    const params = { amount: 4000, currency: "eur", confirm: true, confirmation_token: ct };
    const a = await h.stripe.paymentIntents.create(params, { ...on(), idempotencyKey: "order-1" });
    const b = await h.stripe.paymentIntents.create(params, { ...on(), idempotencyKey: "order-1" });
    expect(b.id).toBe(a.id);
    expect(b.lastResponse.headers["idempotent-replayed"]).toBe("true");
    expect((await h.stripe.paymentIntents.list({}, on())).data).toHaveLength(1);
    const other = await expectStripeError(h.stripe.paymentIntents.create({ ...params, amount: 4100 }, { ...on(), idempotencyKey: "order-1" }));
    expect(other.type).toBe("StripeIdempotencyError");
    const declined = { amount: 4000, currency: "eur", confirm: true, confirmation_token: (await testToken("pm_card_chargeDeclined")).id };
    const d1 = await expectStripeError(h.stripe.paymentIntents.create(declined, { ...on(), idempotencyKey: "order-2" }));
    const d2 = await expectStripeError(h.stripe.paymentIntents.create(declined, { ...on(), idempotencyKey: "order-2" }));
    expect(d2.payment_intent!.id).toBe(d1.payment_intent!.id);
    expect((await h.stripe.charges.list({}, on())).data.filter((c) => c.status === "failed")).toHaveLength(1);
  });
});
