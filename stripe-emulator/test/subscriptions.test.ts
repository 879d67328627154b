import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectStripeError, readyAccount, startHarness, type Harness } from "./helpers";

let h: Harness;
let acct: Stripe.Account;
beforeAll(async () => {
  h = await startHarness();
  acct = await readyAccount(h);
});
afterAll(() => h.emu.close());

const opts = () => ({ stripeAccount: acct.id });
const DAY = 86400;

/** A mixed cart: coffee every 2 weeks (12 €) and a one-time grinder (30 €), 10 % to the platform. */
async function mixedSession(extra: Partial<Stripe.Checkout.SessionCreateParams> = {}) {
  return h.stripe.checkout.sessions.create(
    {
      mode: "subscription",
      line_items: [
        { price_data: { currency: "eur", unit_amount: 1200, product_data: { name: "Café" }, recurring: { interval: "week", interval_count: 2 } }, quantity: 1 },
        { price_data: { currency: "eur", unit_amount: 3000, product_data: { name: "Moulin" } }, quantity: 1 },
      ],
      subscription_data: { application_fee_percent: 10, metadata: { cart: "c1" } },
      success_url: "http://shop.test/ok",
      ...extra,
    },
    opts(),
  );
}

async function pay(sessionId: string, card?: "fails_renewal") {
  const r = await h.control("POST", `/_emulator/checkout/sessions/${sessionId}/pay`, { email: "ana@example.fr", ...(card ? { card } : {}) });
  expect(r.status).toBe(200);
  return h.stripe.checkout.sessions.retrieve(sessionId, {}, opts());
}

const advance = (seconds: number) => h.control("POST", "/_emulator/clock/advance", { seconds });

async function feeOfInvoice(inv: Stripe.Invoice): Promise<number | null> {
  const piId = inv.payments?.data[0]?.payment.payment_intent as string;
  const pi = await h.stripe.paymentIntents.retrieve(piId, { expand: ["latest_charge"] }, opts());
  return (pi.latest_charge as Stripe.Charge).application_fee_amount;
}

describe("Checkout in subscription mode", () => {
  it("validates recurring prices and subscription_data", async () => {
    const one = (recurring?: { interval: "month" }) => [
      { price_data: { currency: "eur", unit_amount: 500, product_data: { name: "A" }, ...(recurring ? { recurring } : {}) }, quantity: 1 },
    ];
    const create = (mode: "payment" | "subscription", recurring?: { interval: "month" }) =>
      h.stripe.checkout.sessions.create({ mode, success_url: "http://x.test", line_items: one(recurring) }, opts());
    expect(await expectStripeError(create("payment", { interval: "month" }))).toMatchObject({ param: "line_items[0][price_data][recurring]" });
    expect(await expectStripeError(create("subscription"))).toMatchObject({ param: "line_items" });
    expect(await expectStripeError(mixedSession({ subscription_data: { application_fee_percent: 101 } }))).toMatchObject({ param: "subscription_data[application_fee_percent]" });
    expect(await expectStripeError(mixedSession({ payment_intent_data: { application_fee_amount: 1 } }))).toMatchObject({ param: "payment_intent_data" });
  });

  it("creates a customer, an active subscription and a paid first invoice with the one-time item", async () => {
    const s = await mixedSession();
    expect(s).toMatchObject({ mode: "subscription", amount_total: 4200, subscription: null, payment_method_types: ["card"] });
    const done = await pay(s.id);
    expect(done).toMatchObject({ status: "complete", payment_status: "paid", payment_intent: null });
    const sub = await h.stripe.subscriptions.retrieve(done.subscription as string, {}, opts());
    expect(sub).toMatchObject({ status: "active", application_fee_percent: 10, customer: done.customer, metadata: { cart: "c1" }, cancel_at_period_end: false });
    expect(sub.items.data).toHaveLength(1);
    const item = sub.items.data[0]!;
    expect(item.price.recurring).toMatchObject({ interval: "week", interval_count: 2 });
    expect(item.current_period_end - item.current_period_start).toBe(14 * DAY);
    const inv = await h.stripe.invoices.retrieve(done.invoice as string, {}, opts());
    expect(inv).toMatchObject({ status: "paid", total: 4200, amount_paid: 4200, billing_reason: "subscription_create" });
    expect(inv.parent?.subscription_details?.subscription).toBe(sub.id);
    expect(inv.lines.data.map((l) => l.amount)).toEqual([1200, 3000]);
    expect(await feeOfInvoice(inv)).toBe(420);
    const cus = await h.stripe.customers.retrieve(done.customer as string, {}, opts());
    expect(cus).toMatchObject({ email: "ana@example.fr" });
    // Direct charges: nothing of it exists for the platform.
    expect(await expectStripeError(h.stripe.subscriptions.retrieve(sub.id))).toMatchObject({ statusCode: 404 });
    const types = (await h.stripe.events.list({ limit: 30 }, opts())).data.map((e) => e.type);
    for (const t of ["customer.created", "customer.subscription.created", "invoice.paid", "checkout.session.completed"]) expect(types).toContain(t);
    const fees = await h.stripe.applicationFees.list({ charge: (await h.stripe.paymentIntents.retrieve(inv.payments!.data[0]!.payment.payment_intent as string, {}, opts())).latest_charge as string });
    expect(fees.data[0]?.amount).toBe(420);
  });

  it("renews each period the clock passes, for the recurring lines only, with its own fee", async () => {
    const done = await pay((await mixedSession()).id);
    await advance(3 * 14 * DAY + 60);
    const invoices = (await h.stripe.invoices.list({ subscription: done.subscription as string }, opts())).data;
    expect(invoices.map((i) => [i.billing_reason, i.status, i.total])).toEqual([
      ["subscription_cycle", "paid", 1200],
      ["subscription_cycle", "paid", 1200],
      ["subscription_cycle", "paid", 1200],
      ["subscription_create", "paid", 4200],
    ]);
    expect(await Promise.all(invoices.map(feeOfInvoice))).toEqual([120, 120, 120, 420]);
    const sub = await h.stripe.subscriptions.retrieve(done.subscription as string, {}, opts());
    expect(sub.latest_invoice).toBe(invoices[0]!.id);
    expect(invoices[0]!.period_end).toBe(sub.items.data[0]!.current_period_end);
  });

  it("a card on file that fails later (card=fails_renewal, a 0341) pays the first invoice, then renewals fail: past_due and invoice.payment_failed", async () => {
    const done = await pay((await mixedSession()).id, "fails_renewal");
    const sub0 = await h.stripe.subscriptions.retrieve(done.subscription as string, {}, opts());
    expect(sub0.status).toBe("active");
    await advance(14 * DAY + 60);
    const sub = await h.stripe.subscriptions.retrieve(sub0.id, {}, opts());
    expect(sub.status).toBe("past_due");
    const inv = await h.stripe.invoices.retrieve(sub.latest_invoice as string, {}, opts());
    expect(inv).toMatchObject({ status: "open", attempted: true, attempt_count: 1, amount_paid: 0 });
    const failed = await h.stripe.events.list({ type: "invoice.payment_failed" }, opts());
    expect(failed.data.some((e) => (e.data.object as Stripe.Invoice).id === inv.id)).toBe(true);
  });

  it("cancel_at_period_end ends the subscription at the period's end, not before, and can be undone", async () => {
    const done = await pay((await mixedSession()).id);
    const id = done.subscription as string;
    const s1 = await h.stripe.subscriptions.update(id, { cancel_at_period_end: true }, opts());
    expect(s1).toMatchObject({ cancel_at_period_end: true, cancel_at: s1.items.data[0]!.current_period_end, status: "active" });
    const s2 = await h.stripe.subscriptions.update(id, { cancel_at_period_end: false }, opts());
    expect(s2).toMatchObject({ cancel_at_period_end: false, cancel_at: null });
    await h.stripe.subscriptions.update(id, { cancel_at_period_end: true }, opts());
    await advance(14 * DAY - 3600);
    expect((await h.stripe.subscriptions.retrieve(id, {}, opts())).status).toBe("active");
    await advance(7200);
    const ended = await h.stripe.subscriptions.retrieve(id, {}, opts());
    expect(ended).toMatchObject({ status: "canceled", ended_at: s1.items.data[0]!.current_period_end });
    expect((await h.stripe.invoices.list({ subscription: id }, opts())).data).toHaveLength(1);
    const deleted = await h.stripe.events.list({ type: "customer.subscription.deleted" }, opts());
    expect(deleted.data.some((e) => (e.data.object as Stripe.Subscription).id === id)).toBe(true);
    expect(await expectStripeError(h.stripe.subscriptions.update(id, { cancel_at_period_end: false }, opts()))).toMatchObject({ code: "invalid_canceled_subscription_fields" });
    // Listing hides canceled subscriptions unless asked.
    const listed = await h.stripe.subscriptions.list({ customer: done.customer as string }, opts());
    expect(listed.data).toHaveLength(0);
    expect((await h.stripe.subscriptions.list({ customer: done.customer as string, status: "all" }, opts())).data).toHaveLength(1);
  });

  it("cancel now (DELETE) ends it at once", async () => {
    const done = await pay((await mixedSession()).id);
    const c = await h.stripe.subscriptions.cancel(done.subscription as string, {}, opts());
    expect(c.status).toBe("canceled");
    expect(c.ended_at).not.toBeNull();
  });
});

describe("billing periods", () => {
  it("adds calendar months and years, keeping the anchor day or the month's last day", async () => {
    const { addInterval } = await import("../src/domain/billing");
    const at = (iso: string) => Date.parse(iso) / 1000;
    const monthly = { interval: "month" as const, interval_count: 1, meter: null, trial_period_days: null, usage_type: "licensed" as const };
    expect(addInterval(at("2026-01-31T10:00:00Z"), monthly)).toBe(at("2026-02-28T10:00:00Z"));
    expect(addInterval(at("2026-01-31T10:00:00Z"), monthly, 2)).toBe(at("2026-03-31T10:00:00Z"));
    expect(addInterval(at("2028-02-29T00:00:00Z"), { ...monthly, interval: "year" })).toBe(at("2029-02-28T00:00:00Z"));
    expect(addInterval(at("2026-01-01T00:00:00Z"), { ...monthly, interval: "week", interval_count: 2 })).toBe(at("2026-01-15T00:00:00Z"));
  });
});
