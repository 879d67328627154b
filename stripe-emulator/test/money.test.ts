import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatAmount } from "../src/domain/money";
import { directSession, expectStripeError, readyAccount, startHarness, type Harness } from "./helpers";

let h: Harness;
let acct: Stripe.Account;
let session: Stripe.Checkout.Session;
beforeAll(async () => {
  h = await startHarness();
  acct = await readyAccount(h);
  // 2 × 20.00 EUR, application fee 4.00 EUR.
  session = await directSession(h, acct.id);
  await h.control("POST", `/_emulator/checkout/sessions/${session.id}/pay`, { outcome: "paid" });
  session = await h.stripe.checkout.sessions.retrieve(session.id, {}, { stripeAccount: acct.id });
});
afterAll(() => h.emu.close());
const on = () => ({ stripeAccount: acct.id });

describe("balance and application fees", () => {
  it("books amount - Stripe fee (1.5% + 25) - application fee on the connected account, the fee on the platform", async () => {
    const bal: Stripe.Balance = await h.stripe.balance.retrieve({}, on());
    expect(bal.pending).toEqual([expect.objectContaining({ currency: "eur", amount: 4000 - (60 + 25) - 400 })]);
    const platform = await h.stripe.balance.retrieve();
    expect(platform.pending[0]).toMatchObject({ currency: "eur", amount: 400 });
    const pi = await h.stripe.paymentIntents.retrieve(session.payment_intent as string, {}, on());
    const fees = await h.stripe.applicationFees.list({ charge: pi.latest_charge as string });
    const fee: Stripe.ApplicationFee = fees.data[0]!;
    expect(fee).toMatchObject({ account: acct.id, amount: 400, amount_refunded: 0, charge: pi.latest_charge, currency: "eur", refunded: false, originating_transaction: pi.latest_charge });
    expect((await h.stripe.applicationFees.retrieve(fee.id)).id).toBe(fee.id);
    expect((await h.stripe.applicationFees.list({}, on())).data).toHaveLength(0);
    const txn = await h.stripe.balanceTransactions.list({ type: "charge" }, on());
    expect(txn.data[0]).toMatchObject({ amount: 4000, fee: 485, net: 3515 });
  });
});

describe("refunds", () => {
  it("partial refund with refund_application_fee gives back a proportional fee", async () => {
    const r: Stripe.Refund = await h.stripe.refunds.create(
      { payment_intent: session.payment_intent as string, amount: 1000, refund_application_fee: true },
      on(),
    );
    expect(r).toMatchObject({ object: "refund", amount: 1000, status: "succeeded", currency: "eur" });
    const ch = await h.stripe.charges.retrieve(r.charge as string, {}, on());
    expect(ch).toMatchObject({ amount_refunded: 1000, refunded: false });
    const fee = (await h.stripe.applicationFees.list({ charge: ch.id })).data[0]!;
    expect(fee).toMatchObject({ amount_refunded: 100, refunded: false });
    const feeEvents = await h.stripe.events.list({ type: "application_fee.refunded" });
    expect((feeEvents.data[0] as Stripe.ApplicationFeeRefundedEvent).data.object.amount_refunded).toBe(100);
    const chEvents = await h.stripe.events.list({ types: ["charge.refunded", "refund.created"] }, on());
    expect(chEvents.data.map((e) => e.type).sort()).toEqual(["charge.refunded", "refund.created"]);
    expect((chEvents.data.find((e) => e.type === "charge.refunded") as Stripe.ChargeRefundedEvent).data.previous_attributes).toMatchObject({ amount_refunded: 0 });
    expect((await h.stripe.balance.retrieve({}, on())).pending[0]!.amount).toBe(3515 - 1000 + 100);
  });

  it("refuses over-refunds, then a full refund of the rest closes the charge and the fee", async () => {
    const pi = session.payment_intent as string;
    const e = await expectStripeError(h.stripe.refunds.create({ payment_intent: pi, amount: 3001 }, on()));
    expect(e.param).toBe("amount");
    expect(e.message).toContain(formatAmount(3000, "eur", "en"));
    const rest = await h.stripe.refunds.create({ payment_intent: pi, refund_application_fee: true }, on());
    expect(rest.amount).toBe(3000);
    const ch = await h.stripe.charges.retrieve(rest.charge as string, {}, on());
    expect(ch).toMatchObject({ amount_refunded: 4000, refunded: true });
    const fee = (await h.stripe.applicationFees.list({ charge: ch.id })).data[0]!;
    expect(fee).toMatchObject({ amount_refunded: 400, refunded: true });
    const again = await expectStripeError(h.stripe.refunds.create({ charge: ch.id }, on()));
    expect(again.code).toBe("charge_already_refunded");
    const list = await h.stripe.refunds.list({ payment_intent: pi }, on());
    expect(list.data).toHaveLength(2);
    expect((await h.stripe.refunds.retrieve(rest.id, {}, on())).id).toBe(rest.id);
    expect((await expectStripeError(h.stripe.refunds.retrieve(rest.id))).code).toBe("resource_missing");
  });
});

describe("payouts and events", () => {
  it("settles pending funds and pays them out", async () => {
    // After the full refund the account is 85 short (Stripe keeps its fee); a new sale covers it.
    const s = await directSession(h, acct.id);
    await h.control("POST", `/_emulator/checkout/sessions/${s.id}/pay`, { outcome: "paid" });
    await h.control("POST", "/_emulator/balance/settle", { account: acct.id });
    const bal = await h.stripe.balance.retrieve({}, on());
    expect(bal.pending[0]!.amount).toBe(0);
    const available = bal.available[0]!.amount;
    expect(available).toBe(-85 + 3515);
    const r = await h.control<Stripe.Payout>("POST", `/_emulator/accounts/${acct.id}/payouts`, {});
    expect(r.body.amount).toBe(available);
    const payouts = await h.stripe.payouts.list({}, on());
    const po: Stripe.Payout = payouts.data[0]!;
    expect(po).toMatchObject({ status: "paid", amount: available });
  });

  it("lists events with type wildcards, types[] and created filters", async () => {
    const all = await h.stripe.events.list({ limit: 100 }, on());
    expect(all.data.every((e) => e.account === acct.id)).toBe(true);
    const wild = await h.stripe.events.list({ type: "payout.*" }, on());
    expect(wild.data.map((e) => e.type).sort()).toEqual(["payout.created", "payout.paid"]);
    const first = all.data[all.data.length - 1]!;
    const got: Stripe.Event = await h.stripe.events.retrieve(first.id, {}, on());
    expect(got.id).toBe(first.id);
    expect((await expectStripeError(h.stripe.events.retrieve(first.id))).statusCode).toBe(404);
    const later = await h.stripe.events.list({ created: { gt: first.created + 10_000 } }, on());
    expect(later.data).toHaveLength(0);
  });
});

describe("persistence and reset", () => {
  it("survives a restart with persistFile, and reset() forgets everything", async () => {
    const dir = mkdtempSync(join(tmpdir(), "stripe-emu-"));
    const file = join(dir, "state.json");
    const one = await startHarness({ persistFile: file });
    const a = await one.stripe.accounts.create({ email: "keep@example.com" });
    await one.emu.close();
    const two = await startHarness({ persistFile: file });
    expect((await two.stripe.accounts.retrieve(a.id)).email).toBe("keep@example.com");
    two.emu.reset();
    expect((await expectStripeError(two.stripe.accounts.retrieve(a.id))).statusCode).toBe(404);
    await two.emu.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("formats zero-decimal currencies", () => {
    expect(formatAmount(1500, "jpy", "en")).toBe("¥1,500");
    expect(formatAmount(1500, "eur", "fr")).toMatch(/^15,00\s€$/);
  });
});
