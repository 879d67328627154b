import type Stripe from "stripe";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { POST as connectRoute } from "@/app/api/stripe/connect/webhook/route";
import { setPlatformPaymentExperience } from "@/lib/checkout/experience";
import { db } from "@/lib/db";
import { delivering } from "../support/jobs";
import { startEmulatorForFile } from "../support/stripe-emulator";
import { startMixedCart } from "../support/subscriptions";

const stripe = startEmulatorForFile();
const connectWebhook = delivering(connectRoute);
const CONNECT = "http://localhost:3999/api/stripe/connect/webhook";
const TYPES = new Set(["checkout.session.completed", "invoice.paid", "customer.subscription.created", "customer.subscription.updated"]);

beforeEach(async () => {
  await db.platformSettings.upsert({ where: { id: 1 }, create: { id: 1, feeBps: 750 }, update: { feeBps: 750 } });
  await db.platformFixedFee.upsert({ where: { currency: "eur" }, create: { currency: "eur", amount: 30 }, update: { amount: 30 } });
});
afterEach(() => setPlatformPaymentExperience("hosted"));

describe("subscriptions and the payment experience", () => {
  it("embedded: one subscription-mode embedded session; paid and delivered, the subscription and first order are recorded once", async () => {
    await setPlatformPaymentExperience("embedded");
    const { order, accountId, shop, buyer, started, grinder } = await startMixedCart(stripe);
    expect(order.paymentExperience).toBe("embedded");
    expect(started).toMatchObject({ ok: true, url: expect.stringMatching(/\/checkout\/pay\//) });
    const session = await stripe.stripe.checkout.sessions.retrieve(order.checkoutSessionId!, {}, { stripeAccount: accountId });
    expect(session).toMatchObject({ ui_mode: "embedded_page", mode: "subscription", url: null, client_secret: expect.any(String) });
    expect(session.success_url ?? null).toBeNull();
    expect(session.cancel_url ?? null).toBeNull();
    expect(session.return_url).toMatch(/\/checkout\/success\?session_id=/);

    const paid = await stripe.control<Stripe.Checkout.Session>("POST", `/_emulator/checkout/sessions/${order.checkoutSessionId}/pay`, { email: buyer.email });
    expect(paid.status).toBe("complete");
    const stripeSub = await stripe.stripe.subscriptions.retrieve(paid.subscription as string, {}, { stripeAccount: accountId });
    expect(stripeSub.application_fee_percent).toBe(7.5);

    const events = (await stripe.stripe.events.list({ limit: 100 }, { stripeAccount: accountId })).data.filter((e) => TYPES.has(e.type));
    expect(events.length).toBeGreaterThan(0);
    for (const event of [...events, ...events]) {
      const response = await connectWebhook(stripe.signedRequest(CONNECT, event, { secret: process.env.STRIPE_CONNECT_WEBHOOK_SECRET! }));
      expect(response.status).toBe(200);
    }

    const subs = await db.subscription.findMany({ where: { shopId: shop.id } });
    expect(subs).toHaveLength(1);
    expect(subs[0]).toMatchObject({ status: "ACTIVE", buyerId: buyer.id, periodAmount: 1200, interval: "week", intervalCount: 1 });
    expect(Number(subs[0]!.feePercent)).toBe(7.5);
    const orders = await db.order.findMany({ where: { shopId: shop.id } });
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({ id: order.id, status: "PAID", subscriptionId: subs[0]!.id, subtotalAmount: 4200, applicationFeeAmount: 315, subscriptionFeeBps: 750 });
    expect((await db.product.findUniqueOrThrow({ where: { id: grinder.id } })).stock).toBe(4);
  });

  it("payment_element: a recurring cart still gets a hosted Checkout Session", async () => {
    await setPlatformPaymentExperience("payment_element");
    const { order, accountId, started } = await startMixedCart(stripe);
    expect(order.paymentExperience).toBe("hosted");
    expect(order.checkoutSessionId).toMatch(/^cs_/);
    const session = await stripe.stripe.checkout.sessions.retrieve(order.checkoutSessionId!, {}, { stripeAccount: accountId });
    expect(session).toMatchObject({ ui_mode: "hosted_page", mode: "subscription", url: expect.any(String) });
    expect(started).toMatchObject({ ok: true, url: session.url });
  });
});
