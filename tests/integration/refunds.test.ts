import { describe, expect, it } from "vitest";
import { POST as connectRoute } from "@/app/api/stripe/connect/webhook/route";
import { delivering } from "../support/jobs";
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

  it("refunds part of an order on the seller's account, with the fee in proportion", async () => {
    const { shop, accountId, order } = await paidOrder();
    expect(await refundOrder(order.id, shop.id, { amount: 2500, refundApplicationFee: true, requestId: "r1" })).toEqual({ ok: true });
    const after = await db.order.findUniqueOrThrow({ where: { id: order.id }, include: { refunds: true } });
    expect(after).toMatchObject({ status: "PARTIALLY_REFUNDED", amountRefunded: 2500 });
    expect(after.applicationFeeRefunded).toBeGreaterThan(0);
    expect(after.applicationFeeRefunded).toBeLessThanOrEqual(Math.ceil((530 * 2500) / 10_000));
    expect(after.refunds).toHaveLength(1);
    expect(after.refunds[0]).toMatchObject({ amount: 2500, refundApplicationFee: true });
    expect(sellerNet(after)).toBe(10_000 - 2500 - (530 - after.applicationFeeRefunded));
    const refunds = await stripe.stripe.refunds.list({ payment_intent: order.paymentIntentId! }, { stripeAccount: accountId });
    expect(refunds.data).toHaveLength(1);
  });

  it("a double submit with the same request id refunds once", async () => {
    const { shop, order } = await paidOrder();
    await refundOrder(order.id, shop.id, { amount: 1000, refundApplicationFee: false, requestId: "same" });
    await refundOrder(order.id, shop.id, { amount: 1000, refundApplicationFee: false, requestId: "same" });
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).amountRefunded).toBe(1000);
  });

  it("refuses more than what is left, and refunds the rest in full", async () => {
    const { shop, order } = await paidOrder();
    await refundOrder(order.id, shop.id, { amount: 6000, refundApplicationFee: false, requestId: "a" });
    expect(await refundOrder(order.id, shop.id, { amount: 4001, refundApplicationFee: false, requestId: "b" })).toEqual({ ok: false, error: "tooMuch" });
    expect(await refundOrder(order.id, shop.id, { amount: 4000, refundApplicationFee: false, requestId: "c" })).toEqual({ ok: true });
    const after = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(after).toMatchObject({ status: "REFUNDED", amountRefunded: 10_000, applicationFeeRefunded: 0 });
    expect(await refundOrder(order.id, shop.id, { amount: 1, refundApplicationFee: false, requestId: "d" })).toEqual({ ok: false, error: "notRefundable" });
  });

  it("refuses another shop's order", async () => {
    const { order } = await paidOrder();
    const other = await sellingShop(stripe);
    expect(await refundOrder(order.id, other.shop.id, { amount: 100, refundApplicationFee: false, requestId: "x" })).toEqual({ ok: false, error: "notRefundable" });
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
});
