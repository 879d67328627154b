import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectStripeError, readyAccount, startHarness, type Harness } from "./helpers";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.emu.close());

describe("idempotency", () => {
  it("replays the first response with Idempotent-Replayed", async () => {
    const first: Stripe.Response<Stripe.Account> = await h.stripe.accounts.create({ email: "idem@example.com" }, { idempotencyKey: "k-1" });
    expect(first.lastResponse.headers["idempotent-replayed"]).toBeUndefined();
    const second = await h.stripe.accounts.create({ email: "idem@example.com" }, { idempotencyKey: "k-1" });
    expect(second.id).toBe(first.id);
    expect(second.lastResponse.headers["idempotent-replayed"]).toBe("true");
    expect(second.lastResponse.headers["original-request"]).toBe(first.lastResponse.requestId);
  });

  it("refuses the same key with other parameters (idempotency_error)", async () => {
    await h.stripe.accounts.create({ email: "a@example.com" }, { idempotencyKey: "k-2" });
    const e = await expectStripeError(h.stripe.accounts.create({ email: "b@example.com" }, { idempotencyKey: "k-2" }));
    expect(e).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect(e.statusCode).toBe(400);
    expect(e.rawType).toBe("idempotency_error");
  });

  it("scopes keys per account (Stripe-Account header)", async () => {
    const a = await readyAccount(h);
    const b = await readyAccount(h);
    const params: Stripe.Checkout.SessionCreateParams = {
      mode: "payment",
      line_items: [{ price_data: { currency: "eur", unit_amount: 900, product_data: { name: "Pot" } }, quantity: 1 }],
    };
    const s1 = await h.stripe.checkout.sessions.create(params, { stripeAccount: a.id, idempotencyKey: "order-7" });
    const s2 = await h.stripe.checkout.sessions.create(params, { stripeAccount: b.id, idempotencyKey: "order-7" });
    expect(s2.id).not.toBe(s1.id);
    expect(s2.lastResponse.headers["idempotent-replayed"]).toBeUndefined();
    const s3 = await h.stripe.checkout.sessions.create(params, { stripeAccount: a.id, idempotencyKey: "order-7" });
    expect(s3.id).toBe(s1.id);
  });

  it("does not store validation errors; a concurrent request with the same key gets 409", async () => {
    const bad = await expectStripeError(h.stripe.accounts.create({ email: "not-an-email" }, { idempotencyKey: "k-3" }));
    expect(bad.statusCode).toBe(400);
    const ok = await h.stripe.accounts.create({ email: "fixed@example.com" }, { idempotencyKey: "k-3" });
    expect(ok.email).toBe("fixed@example.com");

    await h.control("POST", "/_emulator/faults", { api: { status: "delay", delay_ms: 300, count: 1 } });
    const slow = h.stripe.accounts.create({ email: "c@example.com" }, { idempotencyKey: "k-4" });
    await new Promise((r) => setTimeout(r, 100));
    const e = await expectStripeError(h.stripe.accounts.create({ email: "c@example.com" }, { idempotencyKey: "k-4" }));
    expect(e.statusCode).toBe(409);
    expect(e.code).toBe("idempotency_key_in_use");
    expect((await slow).email).toBe("c@example.com");
  });

  it("forgets keys after 24 h (emulator clock)", async () => {
    const first = await h.stripe.accounts.create({ email: "old@example.com" }, { idempotencyKey: "k-5" });
    await h.control("POST", "/_emulator/clock/advance", { seconds: 24 * 3600 + 1 });
    const again = await h.stripe.accounts.create({ email: "old@example.com" }, { idempotencyKey: "k-5" });
    expect(again.id).not.toBe(first.id);
  });
});
