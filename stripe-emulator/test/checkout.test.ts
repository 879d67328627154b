import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { directSession, expectStripeError, readyAccount, startHarness, type Harness } from "./helpers";

let h: Harness;
let acct: Stripe.Account;
beforeAll(async () => {
  h = await startHarness({ asyncPaymentDelayMs: 300 });
  acct = await readyAccount(h);
});
afterAll(() => h.emu.close());

const opts = () => ({ stripeAccount: acct.id });
const line = (o: Partial<Stripe.Checkout.SessionCreateParams.LineItem.PriceData> = {}) => ({
  price_data: { currency: "eur", unit_amount: 1000, product_data: { name: "Bol" }, ...o },
  quantity: 1,
});

describe("checkout session creation", () => {
  it("returns a Stripe-shaped session for a direct charge", async () => {
    const s: Stripe.Checkout.Session = await h.stripe.checkout.sessions.create(
      {
        mode: "payment",
        line_items: [
          { price_data: { currency: "eur", unit_amount: 1250, product_data: { name: "Tasse", description: "Grès", images: ["http://img.test/a.png"] } }, quantity: 2 },
          line(),
        ],
        payment_intent_data: { application_fee_amount: 300, metadata: { order: "42" } },
        metadata: { order: "42" },
        client_reference_id: "order_42",
        customer_email: "client@example.fr",
        success_url: "http://shop.test/ok?id={CHECKOUT_SESSION_ID}",
        cancel_url: "http://shop.test/cancel",
        locale: "fr",
        allowed_payment_method_types: ["card", "sepa_debit"],
      },
      opts(),
    );
    expect(s.id).toMatch(/^cs_test_/);
    expect(s).toMatchObject({
      object: "checkout.session",
      amount_subtotal: 3500,
      amount_total: 3500,
      currency: "eur",
      status: "open",
      payment_status: "unpaid",
      payment_intent: null,
      livemode: false,
      mode: "payment",
      customer_email: "client@example.fr",
      client_reference_id: "order_42",
      metadata: { order: "42" },
      locale: "fr",
      success_url: "http://shop.test/ok?id={CHECKOUT_SESSION_ID}",
      cancel_url: "http://shop.test/cancel",
    });
    expect(s.url).toBe(`${h.emu.url}/checkout/pay/${s.id}`);
    expect(s.expires_at - s.created).toBe(24 * 3600);
    expect(s.payment_method_types).toEqual(["card", "sepa_debit"]);
    expect(s.allowed_payment_method_types).toEqual(["card", "sepa_debit"]);
    const usd = await directSession(h, acct.id, { line_items: [line({ currency: "usd" })] });
    expect(usd.payment_method_types).toEqual(["card"]);
    const cardOnly = await directSession(h, acct.id, { excluded_payment_method_types: ["sepa_debit"] });
    expect(cardOnly.payment_method_types).toEqual(["card"]);
    const items = await h.stripe.checkout.sessions.listLineItems(s.id, {}, opts());
    expect(items.data.map((i) => [i.description, i.quantity, i.amount_total])).toEqual([["Tasse", 2, 2500], ["Bol", 1, 1000]]);
    const li: Stripe.LineItem = items.data[0]!;
    expect(li.price?.unit_amount).toBe(1250);
  });

  it.each<[string, Partial<Stripe.Checkout.SessionCreateParams>, string]>([
    ["fee above total", { payment_intent_data: { application_fee_amount: 999_999 } }, "payment_intent_data[application_fee_amount]"],
    ["negative amount", { line_items: [line({ unit_amount: -5 })] }, "line_items[0][price_data][unit_amount]"],
    ["bad currency", { line_items: [line({ currency: "zzz" })] }, "line_items[0][price_data][currency]"],
    ["missing line items", { line_items: [] }, "line_items"],
    ["missing product name", { line_items: [{ price_data: { currency: "eur", unit_amount: 100, product_data: { description: "sans nom" } as never }, quantity: 1 }] }, "line_items[0][price_data][product_data][name]"],
    ["expires too soon", { expires_at: Math.floor(Date.now() / 1000) + 60 }, "expires_at"],
    ["expires too late", { expires_at: Math.floor(Date.now() / 1000) + 25 * 3600 }, "expires_at"],
    ["bad success_url", { success_url: "not a url" }, "success_url"],
    ["unknown parameter", { sucess_url: "http://x" } as never, "sucess_url"],
    ["sepa only in usd", { line_items: [line({ currency: "usd" })], allowed_payment_method_types: ["sepa_debit"] }, "allowed_payment_method_types"],
  ])("refuses %s (400, param)", async (_name, params, param) => {
    const e = await expectStripeError(directSession(h, acct.id, params));
    expect(e).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(e.statusCode).toBe(400);
    expect(e.param).toBe(param);
    expect(e.requestId).toMatch(/^req_/);
  });

  it("refuses application_fee_amount without a connected account", async () => {
    const e = await expectStripeError(
      h.stripe.checkout.sessions.create({ mode: "payment", line_items: [line()], payment_intent_data: { application_fee_amount: 10 } }),
    );
    expect(e.param).toBe("payment_intent_data[application_fee_amount]");
  });

  it("refuses accounts that cannot take charges", async () => {
    const fresh = await h.stripe.accounts.create({ type: "express" });
    const e = await expectStripeError(directSession(h, fresh.id));
    expect(e.statusCode).toBe(400);
  });
});

describe("scoping, retrieve, list, expire", () => {
  it("direct-charge objects are only visible with the Stripe-Account header", async () => {
    const s = await directSession(h, acct.id);
    const e = await expectStripeError(h.stripe.checkout.sessions.retrieve(s.id));
    expect(e.statusCode).toBe(404);
    expect(e.code).toBe("resource_missing");
    const other = await readyAccount(h);
    await expectStripeError(h.stripe.checkout.sessions.retrieve(s.id, {}, { stripeAccount: other.id }));
    await h.control("POST", `/_emulator/checkout/sessions/${s.id}/pay`, { outcome: "paid" });
    const paid = await h.stripe.checkout.sessions.retrieve(s.id, {}, opts());
    const piId = paid.payment_intent as string;
    expect((await expectStripeError(h.stripe.paymentIntents.retrieve(piId))).code).toBe("resource_missing");
    const pi: Stripe.PaymentIntent = await h.stripe.paymentIntents.retrieve(piId, {}, opts());
    expect(pi).toMatchObject({ status: "succeeded", amount: 4000, amount_received: 4000, application_fee_amount: 400, metadata: { order_id: "o_1" } });
    expect(pi.latest_charge).toMatch(/^ch_/);
  });

  it("retrieves with expand[] and lists with filters", async () => {
    const s = await directSession(h, acct.id, { customer_email: "e@example.com" });
    await h.control("POST", `/_emulator/checkout/sessions/${s.id}/pay`, { outcome: "paid" });
    const got = await h.stripe.checkout.sessions.retrieve(s.id, { expand: ["line_items", "payment_intent.latest_charge"] }, opts());
    const pi = got.payment_intent as Stripe.PaymentIntent;
    expect(pi.object).toBe("payment_intent");
    const ch = pi.latest_charge as Stripe.Charge;
    expect(ch).toMatchObject({ object: "charge", status: "succeeded", paid: true, amount: 4000, application_fee_amount: 400 });
    expect(ch.billing_details.email).toBe("e@example.com");
    expect(got.line_items?.data).toHaveLength(1);
    expect(got.customer_details?.email).toBe("e@example.com");
    expect(got.url).toBeNull();

    const byPi = await h.stripe.checkout.sessions.list({ payment_intent: pi.id }, opts());
    expect(byPi.data.map((x) => x.id)).toEqual([s.id]);
    const open = await h.stripe.checkout.sessions.list({ status: "open", limit: 100 }, opts());
    expect(open.data.every((x) => x.status === "open")).toBe(true);
    const recent = await h.stripe.checkout.sessions.list({ created: { gte: got.created } }, opts());
    expect(recent.data.map((x) => x.id)).toContain(s.id);
    expect((await h.stripe.checkout.sessions.list({}, {})).data.find((x) => x.id === s.id)).toBeUndefined();
  });

  it("expires open sessions only", async () => {
    const s = await directSession(h, acct.id);
    const ex: Stripe.Checkout.Session = await h.stripe.checkout.sessions.expire(s.id, {}, opts());
    expect(ex.status).toBe("expired");
    expect(ex.url).toBeNull();
    const e = await expectStripeError(h.stripe.checkout.sessions.expire(s.id, {}, opts()));
    expect(e.statusCode).toBe(400);
    const page = await fetch(s.url!);
    expect(await page.text()).toContain("Session expirée");
  });

  it("expires sessions when the clock passes expires_at, emitting checkout.session.expired", async () => {
    const s = await directSession(h, acct.id, { expires_at: Math.floor(Date.now() / 1000) + 3600 });
    await h.control("POST", "/_emulator/clock/advance", { seconds: 3601 });
    const got = await h.stripe.checkout.sessions.retrieve(s.id, {}, opts());
    expect(got.status).toBe("expired");
    const evs = await h.stripe.events.list({ type: "checkout.session.expired" }, opts());
    const ev = evs.data[0] as Stripe.CheckoutSessionExpiredEvent;
    expect(ev.data.object.id).toBe(s.id);
    expect(ev.account).toBe(acct.id);
  });
});

describe("payments through the control API", () => {
  it("declined: 402 card_error, session stays open with a failed PaymentIntent", async () => {
    const s = await directSession(h, acct.id);
    const r = await h.control<{ error: { type: string; decline_code: string } }>("POST", `/_emulator/checkout/sessions/${s.id}/pay`, { outcome: "declined" });
    expect(r.status).toBe(402);
    expect(r.body.error).toMatchObject({ type: "card_error", decline_code: "generic_decline" });
    const got = await h.stripe.checkout.sessions.retrieve(s.id, { expand: ["payment_intent"] }, opts());
    expect(got.status).toBe("open");
    expect((got.payment_intent as Stripe.PaymentIntent).last_payment_error?.decline_code).toBe("generic_decline");
  });

  it("SEPA: completes unpaid/processing, then async_payment_succeeded after the delay", async () => {
    const s = await directSession(h, acct.id, { allowed_payment_method_types: ["sepa_debit"] });
    await h.control("POST", `/_emulator/checkout/sessions/${s.id}/pay`, { outcome: "async_succeeded" });
    let got = await h.stripe.checkout.sessions.retrieve(s.id, { expand: ["payment_intent"] }, opts());
    expect(got).toMatchObject({ status: "complete", payment_status: "unpaid" });
    expect((got.payment_intent as Stripe.PaymentIntent).status).toBe("processing");
    await new Promise((r) => setTimeout(r, 700));
    got = await h.stripe.checkout.sessions.retrieve(s.id, { expand: ["payment_intent"] }, opts());
    expect(got.payment_status).toBe("paid");
    expect((got.payment_intent as Stripe.PaymentIntent).status).toBe("succeeded");
    const ev = await h.stripe.events.list({ type: "checkout.session.async_payment_succeeded" }, opts());
    expect(ev.data[0]?.data.object).toMatchObject({ id: s.id });
  });

  it("SEPA failure settles on clock advance with async_payment_failed", async () => {
    const slow = await startHarness({ asyncPaymentDelayMs: 60_000 });
    const a = await readyAccount(slow);
    const s = await directSession(slow, a.id, { allowed_payment_method_types: ["sepa_debit"] });
    await slow.control("POST", `/_emulator/checkout/sessions/${s.id}/pay`, { outcome: "async_failed" });
    await slow.control("POST", "/_emulator/clock/advance", { seconds: 61 });
    const got = await slow.stripe.checkout.sessions.retrieve(s.id, { expand: ["payment_intent"] }, { stripeAccount: a.id });
    expect(got.payment_status).toBe("unpaid");
    expect((got.payment_intent as Stripe.PaymentIntent).status).toBe("requires_payment_method");
    const types = (await slow.stripe.events.list({}, { stripeAccount: a.id })).data.map((e) => e.type);
    expect(types).toContain("checkout.session.async_payment_failed");
    await slow.emu.close();
  });
});

describe("hosted checkout page over HTTP", () => {
  const post = (url: string, form: Record<string, string>) =>
    fetch(url, { method: "POST", redirect: "manual", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(form) });

  it("pays with 4242 and redirects 303 to success_url with the session id", async () => {
    const s = await directSession(h, acct.id, { customer_email: "page@example.fr" });
    const page = await (await fetch(s.url!)).text();
    expect(page).toContain("Vase");
    expect(page).toContain("40,00");
    expect(page).toContain('value="page@example.fr"');
    const res = await post(s.url!, { email: "page@example.fr", pm: "card", card_number: "4242 4242 4242 4242", card_expiry: "12 / 34", card_cvc: "123" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`http://shop.test/success?session_id=${s.id}`);
    const done = await fetch(s.url!);
    expect(await done.text()).toContain("Paiement effectué");
  });

  it("9995 stays on the page with the decline in role=alert", async () => {
    const s = await directSession(h, acct.id, { locale: "en" });
    const res = await post(s.url!, { email: "a@example.com", pm: "card", card_number: "4000000000009995", card_expiry: "12/34", card_cvc: "123" });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain("Your card has insufficient funds.");
  });

  it("0341 is declined on the page, as Stripe charges it at once (it only fails later when attached)", async () => {
    const s = await directSession(h, acct.id, { locale: "en" });
    const res = await post(s.url!, { email: "a@example.com", pm: "card", card_number: "4000 0000 0000 0341", card_expiry: "12/34", card_cvc: "123" });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('role="alert"');
    expect((await h.stripe.checkout.sessions.retrieve(s.id, {}, opts())).status).toBe("open");
  });

  it("3155 goes through the challenge page", async () => {
    const s = await directSession(h, acct.id);
    const res = await post(s.url!, { email: "a@example.com", pm: "card", card_number: "4000002500003155", card_expiry: "12/34", card_cvc: "123" });
    expect(res.status).toBe(303);
    const challenge = new URL(res.headers.get("location")!, h.emu.url).toString();
    expect(await (await fetch(challenge)).text()).toContain("Valider l'authentification");
    const ok = await post(challenge, { result: "pass" });
    expect(ok.headers.get("location")).toContain(s.id);
    expect((await h.stripe.checkout.sessions.retrieve(s.id, {}, opts())).payment_status).toBe("paid");
  });
});
