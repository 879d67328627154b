import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { directSession, expectStripeError, readyAccount, startHarness, startReceiver, waitFor, type Harness } from "./helpers";

let h: Harness;
let acct: Stripe.Account;
let hook: Awaited<ReturnType<typeof startReceiver>>;
const SECRET = "whsec_disputes";
beforeAll(async () => {
  hook = await startReceiver();
  h = await startHarness({ webhookEndpoints: [{ url: hook.url, secret: SECRET, connect: true }], webhookRetryBaseMs: 50 });
  acct = await readyAccount(h);
});
afterAll(async () => {
  await h.emu.close();
  await hook.close();
});

const opts = () => ({ stripeAccount: acct.id });
const rates: Stripe.Checkout.SessionCreateParams.ShippingOption[] = [
  { shipping_rate_data: { display_name: "Colissimo", type: "fixed_amount", fixed_amount: { amount: 690, currency: "eur" }, delivery_estimate: { minimum: { unit: "business_day", value: 2 }, maximum: { unit: "business_day", value: 4 } } } },
  { shipping_rate_data: { display_name: "Express", type: "fixed_amount", fixed_amount: { amount: 1490, currency: "eur" } } },
];
const post = (url: string, form: Record<string, string>) =>
  fetch(url, { method: "POST", redirect: "manual", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(form) });
const card = (number = "4242424242424242") => ({ email: "client@example.fr", pm: "card", card_number: number, card_expiry: "12 / 34", card_cvc: "123" });
const address = { ship_name: "Jeanne Martin", ship_line1: "3 rue des Lilas", ship_postal_code: "69001", ship_city: "Lyon", ship_country: "FR" };

describe("checkout shipping", () => {
  it("shows allowed countries and rates; the first rate is preselected in the totals", async () => {
    const s = await directSession(h, acct.id, { shipping_address_collection: { allowed_countries: ["FR", "BE"] }, shipping_options: rates });
    expect(s.shipping_address_collection).toEqual({ allowed_countries: ["FR", "BE"] });
    expect(s.shipping_options.map((o) => o.shipping_amount)).toEqual([690, 1490]);
    expect(s.amount_subtotal).toBe(4000);
    expect(s.amount_total).toBe(4690);
    expect(s.total_details?.amount_shipping).toBe(690);
    expect(s.shipping_cost).toMatchObject({ amount_total: 690, shipping_rate: s.shipping_options[0]!.shipping_rate });
    expect(s.collected_information).toBeNull();
    const expanded = await h.stripe.checkout.sessions.retrieve(s.id, { expand: ["shipping_cost.shipping_rate"] }, opts());
    expect((expanded.shipping_cost!.shipping_rate as Stripe.ShippingRate).display_name).toBe("Colissimo");
    const html = await (await fetch(`${s.url}?lang=en`)).text();
    expect(html).toContain("Shipping address");
    expect(html).toContain('<option value="BE"');
    expect(html).not.toContain('<option value="DE"');
    expect(html).toContain("Express");
  });

  it("stores the collected address and the chosen rate; the PaymentIntent charges the total with shipping", async () => {
    const s = await directSession(h, acct.id, { shipping_address_collection: { allowed_countries: ["FR", "BE"] }, shipping_options: rates });
    const express = s.shipping_options[1]!.shipping_rate as string;
    const refused = await post(s.url!, { ...card(), ...address, ship_country: "DE", shipping_rate: express, lang: "en" });
    expect(await refused.text()).toContain("We don&#39;t ship to this country.");
    const missing = await post(s.url!, { ...card(), ...address, ship_line1: "", shipping_rate: express, lang: "en" });
    expect(await missing.text()).toContain("full delivery address");
    const res = await post(s.url!, { ...card(), ...address, shipping_rate: express });
    expect(res.status).toBe(303);
    const done = await h.stripe.checkout.sessions.retrieve(s.id, { expand: ["payment_intent"] }, opts());
    expect(done.collected_information?.shipping_details).toEqual({
      name: "Jeanne Martin",
      address: { line1: "3 rue des Lilas", line2: null, postal_code: "69001", city: "Lyon", country: "FR", state: null },
    });
    expect(done.shipping_cost).toMatchObject({ amount_total: 1490, shipping_rate: express });
    expect(done.amount_total).toBe(5490);
    expect((done.payment_intent as Stripe.PaymentIntent).amount).toBe(5490);
  });

  it("validates shipping options like Stripe", async () => {
    const e = await expectStripeError(
      directSession(h, acct.id, { shipping_options: [{ shipping_rate_data: { display_name: "x", fixed_amount: { amount: 100, currency: "usd" } } }] }),
    );
    expect(e.param).toBe("shipping_options[0][shipping_rate_data][fixed_amount][currency]");
    const e2 = await expectStripeError(directSession(h, acct.id, { shipping_address_collection: { allowed_countries: ["france" as "FR"] } }));
    expect(e2.param).toBe("shipping_address_collection[allowed_countries][0]");
  });

  it("asks no address when the session has no shipping_address_collection", async () => {
    const s = await directSession(h, acct.id);
    expect(s.shipping_cost).toBeNull();
    expect(await (await fetch(s.url!)).text()).not.toContain("ship_line1");
  });
});

describe("disputes", () => {
  const eventsOf = (type: string, id: string) =>
    hook.received.map((r) => JSON.parse(r.body) as Stripe.Event).filter((e) => e.type === type && (e.data.object as { id: string }).id === id);

  it("test card 0259 pays, then opens a fraudulent dispute with a signed charge.dispute.created", async () => {
    const s = await directSession(h, acct.id);
    await post(s.url!, card("4000 0000 0000 0259"));
    const done = await h.stripe.checkout.sessions.retrieve(s.id, { expand: ["payment_intent"] }, opts());
    const pi = done.payment_intent as Stripe.PaymentIntent;
    const list = await h.stripe.disputes.list({ payment_intent: pi.id }, opts());
    expect(list.data).toHaveLength(1);
    const d = list.data[0]!;
    expect(d).toMatchObject({ object: "dispute", amount: 4000, currency: "eur", reason: "fraudulent", status: "needs_response", charge: pi.latest_charge });
    expect(d.evidence_details.due_by).toBeGreaterThan(d.created);
    // Not visible to the platform: the dispute belongs to the connected account.
    await expectStripeError(h.stripe.disputes.retrieve(d.id));
    const raw = await waitFor(() => hook.received.find((r) => r.body.includes(d.id) && r.body.includes("charge.dispute.created")));
    const ev = h.stripe.webhooks.constructEvent(raw.body, String(raw.headers["stripe-signature"]), SECRET);
    expect(ev.account).toBe(acct.id);
    expect((ev.data.object as Stripe.Dispute).id).toBe(d.id);
    const charge = await h.stripe.charges.retrieve(pi.latest_charge as string, {}, opts());
    expect(charge.disputed).toBe(true);
  });

  it("the control API opens, updates and closes disputes (won gives the amount back, closed ones refuse changes)", async () => {
    const s = await directSession(h, acct.id);
    await post(s.url!, card());
    const pi = (await h.stripe.checkout.sessions.retrieve(s.id, { expand: ["payment_intent"] }, opts())).payment_intent as Stripe.PaymentIntent;
    const before = (await h.stripe.balance.retrieve({}, opts())).pending.find((b) => b.currency === "eur")!.amount;
    const opened = await h.control<Stripe.Dispute>("POST", `/_emulator/charges/${pi.latest_charge}/dispute`, { reason: "product_not_received", amount: 1500 });
    expect(opened.status).toBe(200);
    const id = opened.body.id;
    const afterOpen = (await h.stripe.balance.retrieve({}, opts())).pending.find((b) => b.currency === "eur")!.amount;
    expect(before - afterOpen).toBe(1500 + 1500); // amount + dispute fee
    const updated = await h.stripe.disputes.update(id, { evidence: { shipping_tracking_number: "6A123", shipping_carrier: "Colissimo" }, submit: true }, opts());
    expect(updated).toMatchObject({ status: "under_review", evidence: { shipping_tracking_number: "6A123" }, evidence_details: { submission_count: 1, has_evidence: true } });
    const won = await h.control<Stripe.Dispute>("POST", `/_emulator/disputes/${id}/close`, { outcome: "won" });
    expect(won.body.status).toBe("won");
    const afterWin = (await h.stripe.balance.retrieve({}, opts())).pending.find((b) => b.currency === "eur")!.amount;
    expect(afterWin - afterOpen).toBe(1500);
    const again = await h.control("POST", `/_emulator/disputes/${id}/close`, { outcome: "lost" });
    expect(again.status).toBe(400);
    await waitFor(() => eventsOf("charge.dispute.closed", id).length === 1);
    expect(eventsOf("charge.dispute.updated", id)[0]!.data.previous_attributes).toMatchObject({ status: "needs_response" });
    expect(eventsOf("charge.dispute.created", id)).toHaveLength(1);
  });

  it("accepting a dispute (POST /v1/disputes/{id}/close) loses it", async () => {
    const s = await directSession(h, acct.id);
    await post(s.url!, card());
    const pi = (await h.stripe.checkout.sessions.retrieve(s.id, { expand: ["payment_intent"] }, opts())).payment_intent as Stripe.PaymentIntent;
    const opened = await h.control<Stripe.Dispute>("POST", `/_emulator/charges/${pi.latest_charge}/dispute`, {});
    const lost = await h.stripe.disputes.close(opened.body.id, {}, opts());
    expect(lost.status).toBe("lost");
    const twice = await h.control("POST", `/_emulator/charges/${pi.latest_charge}/dispute`, {});
    expect(twice.status).toBe(400);
  });
});
