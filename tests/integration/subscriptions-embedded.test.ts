import type Stripe from "stripe";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { POST as connectRoute } from "@/app/api/stripe/connect/webhook/route";
import { setPlatformPaymentExperience } from "@/lib/checkout/experience";
import { startCheckout } from "@/lib/checkout/start-checkout";
import { db } from "@/lib/db";
import { cartWith, createProduct, sellingShop } from "../support/marketplace";
import { delivering } from "../support/jobs";
import { startEmulatorForFile } from "../support/stripe-emulator";

const stripe = startEmulatorForFile();
const connectWebhook = delivering(connectRoute);
const CONNECT = "http://localhost:3999/api/stripe/connect/webhook";
const TYPES = new Set(["checkout.session.completed", "invoice.paid", "customer.subscription.created", "customer.subscription.updated"]);

beforeEach(async () => {
  await db.platformSettings.upsert({ where: { id: 1 }, create: { id: 1, feeBps: 750 }, update: { feeBps: 750 } });
  await db.platformFixedFee.upsert({ where: { currency: "eur" }, create: { currency: "eur", amount: 30 }, update: { amount: 30 } });
});
afterEach(() => setPlatformPaymentExperience("hosted"));

const createBuyer = () => db.user.create({ data: { email: `buyer-${Math.random().toString(36).slice(2, 8)}@example.com`, role: "BUYER", name: "Ana" } });

/** Coffee every week (12 €) and a grinder once (30 €), in one cart. */
async function startMixedCart() {
  const seller = await sellingShop(stripe);
  const coffee = await createProduct(seller.shop.id, { name: "Café", priceAmount: 1200 });
  await db.product.update({ where: { id: coffee.id }, data: { recurringInterval: "week", recurringIntervalCount: 1 } });
  const grinder = await createProduct(seller.shop.id, { name: "Moulin", priceAmount: 3000, stock: 5 });
  const buyer = await createBuyer();
  const cart = await cartWith([{ productId: coffee.id, quantity: 1 }, { productId: grinder.id, quantity: 1 }], buyer.id);
  const started = await startCheckout({ cartId: cart.id, shopId: seller.shop.id, buyer: { id: buyer.id, email: buyer.email }, locale: "fr" });
  if (!started.ok) throw new Error(started.code);
  const order = await db.order.findUniqueOrThrow({ where: { id: started.orderId } });
  return { ...seller, buyer, order, started, grinder };
}

describe("subscriptions and the payment experience", () => {
  it("embedded: one subscription-mode embedded session; paid and delivered, the subscription and first order are recorded once", async () => {
    await setPlatformPaymentExperience("embedded");
    const { order, accountId, shop, buyer, started, grinder } = await startMixedCart();
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
    const { order, accountId, started } = await startMixedCart();
    expect(order.paymentExperience).toBe("hosted");
    expect(order.checkoutSessionId).toMatch(/^cs_/);
    const session = await stripe.stripe.checkout.sessions.retrieve(order.checkoutSessionId!, {}, { stripeAccount: accountId });
    expect(session).toMatchObject({ ui_mode: "hosted_page", mode: "subscription", url: expect.any(String) });
    expect(started).toMatchObject({ ok: true, url: session.url });
  });
});
