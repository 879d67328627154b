import { describe, expect, it } from "vitest";
import { POST as connectRoute } from "@/app/api/stripe/connect/webhook/route";
import { delivering, drainJobsThroughRetries } from "../support/jobs";
import { startCheckout } from "@/lib/checkout/start-checkout";
import { db } from "@/lib/db";
import { fulfilCheckout } from "@/lib/orders/fulfil-checkout";
import { refundOrder } from "@/lib/orders/refunds";
import { sellerNet } from "@/lib/seller/orders";
import { cartWith, createProduct, sellingShop, stripeEvent } from "../support/marketplace";
import { startEmulatorForFile } from "../support/stripe-emulator";

// The route records and queues; a worker (here, drained after each call) applies.
const connectWebhook = delivering(connectRoute);

const stripe = startEmulatorForFile();

async function paidOrder() {
  const { shop, accountId } = await sellingShop(stripe);
  const product = await createProduct(shop.id, { priceAmount: 5000 });
  const cart = await cartWith([{ productId: product.id, quantity: 2 }]);
  const started = await startCheckout({ cartId: cart.id, shopId: shop.id, buyer: null, locale: "fr" });
  if (!started.ok) throw new Error(started.code);
  const order = await db.order.findUniqueOrThrow({ where: { id: started.orderId } });
  await stripe.control("POST", `/_emulator/checkout/sessions/${order.checkoutSessionId}/pay`, { outcome: "paid", email: "guest@example.com" });
  await fulfilCheckout(order.checkoutSessionId!, accountId, { page: "success" });
  return { shop, accountId, order: await db.order.findUniqueOrThrow({ where: { id: order.id } }) };
}

describe("refunds", () => {
  it("records the buyer's email from Checkout for a guest order", async () => {
    const { order } = await paidOrder();
    expect(order).toMatchObject({ status: "PAID", subtotalAmount: 10_000, applicationFeeAmount: 530, guestEmail: "guest@example.com" });
  });

  it("refunds part of an order on the seller's account, the fee in proportion by the platform's policy", async () => {
    const { shop, accountId, order } = await paidOrder();
    expect(await refundOrder(order.id, shop.id, { amount: 2500 })).toMatchObject({ ok: true });
    const after = await db.order.findUniqueOrThrow({ where: { id: order.id }, include: { refunds: true } });
    expect(after).toMatchObject({ status: "PARTIALLY_REFUNDED", amountRefunded: 2500 });
    expect(after.applicationFeeRefunded).toBeGreaterThan(0);
    expect(after.applicationFeeRefunded).toBeLessThanOrEqual(Math.ceil((530 * 2500) / 10_000));
    expect(after.refunds).toHaveLength(1);
    expect(after.refunds[0]).toMatchObject({ amount: 2500, refundApplicationFee: true, reason: "seller" });
    expect(after.refunds[0]!.stripeRefundId).toMatch(/^re_/);
    expect(sellerNet(after)).toBe(10_000 - 2500 - (530 - after.applicationFeeRefunded));
    const refunds = await stripe.stripe.refunds.list({ payment_intent: order.paymentIntentId! }, { stripeAccount: accountId });
    expect(refunds.data).toHaveLength(1);
  });

  it("keeps the platform's fee when the operator's policy says so", async () => {
    const { shop, order } = await paidOrder();
    await db.platformSettings.upsert({ where: { id: 1 }, create: { id: 1, refundFeePolicy: "never" }, update: { refundFeePolicy: "never" } });
    try {
      expect(await refundOrder(order.id, shop.id, { amount: 2500 })).toMatchObject({ ok: true });
      expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ amountRefunded: 2500, applicationFeeRefunded: 0 });
    } finally {
      await db.platformSettings.update({ where: { id: 1 }, data: { refundFeePolicy: "proportional" } });
    }
  });

  it("a refund retried after its sync failed refunds once (the key comes from the order, not the form)", async () => {
    const { shop, order, accountId } = await paidOrder();
    // Stripe accepts the refund, then the app cannot read Stripe back to record it.
    await stripe.control("POST", "/_emulator/faults", { api: { status: "500", path: "/v1/refunds", method: "GET", count: 1 } });
    expect(await refundOrder(order.id, shop.id, { amount: 1000 })).toMatchObject({ ok: true });
    const before = await db.order.findUniqueOrThrow({ where: { id: order.id }, include: { refunds: true } });
    expect(before.amountRefunded).toBe(0);
    expect(before.refunds).toHaveLength(1);

    // The seller submits the same refund again.
    expect(await refundOrder(order.id, shop.id, { amount: 1000 })).toMatchObject({ ok: true });
    const refunds = await stripe.stripe.refunds.list({ payment_intent: order.paymentIntentId! }, { stripeAccount: accountId });
    expect(refunds.data.map((r) => r.amount)).toEqual([1000]);
    const after = await db.order.findUniqueOrThrow({ where: { id: order.id }, include: { refunds: true } });
    expect(after.amountRefunded).toBe(1000);
    expect(after.refunds).toHaveLength(1);
  });

  it("a refund whose answer never came is written first and finished by the retry", async () => {
    const { shop, order, accountId } = await paidOrder();
    await stripe.control("POST", "/_emulator/faults", { api: { status: "timeout", execute: true, hold_ms: 100, path: "/v1/refunds", method: "POST", count: 2 } });
    expect(await refundOrder(order.id, shop.id, { amount: 1500 })).toEqual({ ok: false, error: "stripe" });
    expect(await db.refund.findMany({ where: { orderId: order.id } })).toMatchObject([{ amount: 1500, status: "submitting", stripeRefundId: null }]);
    expect(await refundOrder(order.id, shop.id, { amount: 1500 })).toMatchObject({ ok: true });
    const refunds = await stripe.stripe.refunds.list({ payment_intent: order.paymentIntentId! }, { stripeAccount: accountId });
    expect(refunds.data.map((r) => r.amount)).toEqual([1500]);
    expect(await db.refund.findMany({ where: { orderId: order.id } })).toMatchObject([{ amount: 1500, status: "succeeded" }]);
  });

  it("refuses more than what is left, and asks to confirm a full refund", async () => {
    const { shop, order } = await paidOrder();
    await refundOrder(order.id, shop.id, { amount: 6000 });
    expect(await refundOrder(order.id, shop.id, { amount: 4001 })).toEqual({ ok: false, error: "tooMuch" });
    expect(await refundOrder(order.id, shop.id, { amount: 4000 })).toEqual({ ok: false, error: "confirmFull" });
    expect(await refundOrder(order.id, shop.id, { amount: 4000, confirmFull: true })).toMatchObject({ ok: true });
    const after = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(after).toMatchObject({ status: "REFUNDED", amountRefunded: 10_000 });
    expect(await refundOrder(order.id, shop.id, { amount: 1 })).toEqual({ ok: false, error: "notRefundable" });
  });

  it("refuses another shop's order", async () => {
    const { order } = await paidOrder();
    const other = await sellingShop(stripe);
    expect(await refundOrder(order.id, other.shop.id, { amount: 100 })).toEqual({ ok: false, error: "notRefundable" });
  });

  it("charge.refunded keeps the order true for a refund made on Stripe's dashboard", async () => {
    const { accountId, order } = await paidOrder();
    await stripe.stripe.refunds.create({ payment_intent: order.paymentIntentId!, amount: 3000 }, { stripeAccount: accountId });
    const intent = await stripe.stripe.paymentIntents.retrieve(order.paymentIntentId!, { expand: ["latest_charge"] }, { stripeAccount: accountId });
    const event = stripeEvent("charge.refunded", intent.latest_charge, accountId);
    const response = await connectWebhook(stripe.signedRequest("http://localhost:3999/api/stripe/connect/webhook", event));
    expect(response.status).toBe(200);
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "PARTIALLY_REFUNDED", amountRefunded: 3000 });
    expect(await db.orderEvent.count({ where: { orderId: order.id, type: "refund" } })).toBe(1);
  });

  it("charge.refunded arriving before the order knows its PaymentIntent is retried, not dropped", async () => {
    const { shop, accountId } = await sellingShop(stripe);
    const product = await createProduct(shop.id, { priceAmount: 5000 });
    const cart = await cartWith([{ productId: product.id, quantity: 1 }]);
    const started = await startCheckout({ cartId: cart.id, shopId: shop.id, buyer: null, locale: "fr" });
    if (!started.ok) throw new Error(started.code);
    const sessionId = (await db.order.findUniqueOrThrow({ where: { id: started.orderId } })).checkoutSessionId!;
    await stripe.control("POST", "/_emulator/faults", { webhooks: { drop: true, count: 10 } });
    await stripe.control("POST", `/_emulator/checkout/sessions/${sessionId}/pay`, { outcome: "paid" });
    const session = await stripe.stripe.checkout.sessions.retrieve(sessionId, {}, { stripeAccount: accountId });
    const paymentIntent = session.payment_intent as string;
    await stripe.stripe.refunds.create({ payment_intent: paymentIntent, amount: 1000 }, { stripeAccount: accountId });
    const intent = await stripe.stripe.paymentIntents.retrieve(paymentIntent, { expand: ["latest_charge"] }, { stripeAccount: accountId });
    const event = stripeEvent("charge.refunded", intent.latest_charge, accountId, "evt_refund_early");

    // Acknowledged at once; the worker's attempt throws, so the event stays unprocessed and is retried.
    const early = await connectWebhook(stripe.signedRequest("http://localhost:3999/api/stripe/connect/webhook", event));
    expect(early.status).toBe(200);
    expect((await db.stripeEvent.findUniqueOrThrow({ where: { id: "evt_refund_early" } })).status).not.toBe("PROCESSED");

    // The payment is recorded, then the queue's retry of the same event applies the refund.
    await fulfilCheckout(sessionId, accountId, { page: "success" });
    await drainJobsThroughRetries();
    expect(await db.order.findUniqueOrThrow({ where: { id: started.orderId } })).toMatchObject({ status: "PARTIALLY_REFUNDED", amountRefunded: 1000 });
    expect((await db.stripeEvent.findUniqueOrThrow({ where: { id: "evt_refund_early" } })).status).toBe("PROCESSED");
  });

  it("a refund that fails later is shown and the order's figures follow", async () => {
    const { shop, order, accountId } = await paidOrder();
    expect(await refundOrder(order.id, shop.id, { amount: 2000 })).toMatchObject({ ok: true });
    const [refund] = (await stripe.stripe.refunds.list({ payment_intent: order.paymentIntentId! }, { stripeAccount: accountId })).data;
    await stripe.control("POST", `/_emulator/refunds/${refund!.id}/fail`, {});
    const failed = await stripe.stripe.refunds.retrieve(refund!.id, {}, { stripeAccount: accountId });
    expect(failed.status).toBe("failed");
    const response = await connectWebhook(stripe.signedRequest("http://localhost:3999/api/stripe/connect/webhook", stripeEvent("charge.refund.updated", failed, accountId)));
    expect(response.status).toBe(200);
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "PAID", amountRefunded: 0 });
    expect(await db.refund.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({ status: "failed" });
    expect(await db.orderEvent.count({ where: { orderId: order.id, type: "refund_failed" } })).toBe(1);
  });
});
