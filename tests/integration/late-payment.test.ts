import { describe, expect, it } from "vitest";
import { POST as connectRoute } from "@/app/api/stripe/connect/webhook/route";
import { reconcile } from "@/lib/admin/reconcile";
import { cancelPendingOrder } from "@/lib/checkout/close-attempt";
import { startCheckout } from "@/lib/checkout/start-checkout";
import { sweepOverdueCheckouts } from "@/lib/checkout/sweep";
import { db } from "@/lib/db";
import { cartWith, createProduct, retrieveSession, sellingShop, stripeEvent } from "../support/marketplace";
import { delivering } from "../support/jobs";
import { startEmulatorForFile } from "../support/stripe-emulator";

const connectWebhook = delivering(connectRoute);

const stripe = startEmulatorForFile();
const stockOf = async (id: string) => (await db.product.findUniqueOrThrow({ where: { id } })).stock;

/** An attempt closed in the database while its session stayed payable (the expire call was lost), then paid. */
async function paidAfterClosing() {
  const { shop, accountId } = await sellingShop(stripe);
  const product = await createProduct(shop.id, { priceAmount: 2500, stock: 5 });
  const cart = await cartWith([{ productId: product.id, quantity: 2 }]);
  const started = await startCheckout({ cartId: cart.id, shopId: shop.id, buyer: null, locale: "fr" });
  if (!started.ok) throw new Error(started.code);
  const order = await db.order.findUniqueOrThrow({ where: { id: started.orderId } });
  await cancelPendingOrder(order.id, "deadline");
  expect(await stockOf(product.id)).toBe(5);
  await stripe.control("POST", "/_emulator/faults", { webhooks: { drop: true, count: 10 } });
  await stripe.control("POST", `/_emulator/checkout/sessions/${order.checkoutSessionId}/pay`, { outcome: "paid", email: "late@example.com" });
  const deliver = async () => {
    const session = await retrieveSession(stripe, order.checkoutSessionId!, accountId);
    return connectWebhook(stripe.signedRequest("http://localhost:3999/api/stripe/connect/webhook", stripeEvent("checkout.session.completed", session, accountId)));
  };
  return { accountId, product, order, deliver };
}

describe("a payment that arrives for a closed order", () => {
  it("is recorded and the order reinstated when its stock is still there", async () => {
    const { product, order, deliver } = await paidAfterClosing();
    expect((await deliver()).status).toBe(200);
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "PAID", stockReleasedAt: null });
    expect(await stockOf(product.id)).toBe(3);
    expect(await db.orderEvent.findFirst({ where: { orderId: order.id, type: "payment_on_closed_order" } })).toMatchObject({ detail: "reinstated" });
    expect(await db.emailMessage.count({ where: { orderId: order.id } })).toBe(2);
  });

  it("is recorded and refunded in full when the stock went to someone else", async () => {
    const { accountId, product, order, deliver } = await paidAfterClosing();
    await db.product.update({ where: { id: product.id }, data: { stock: 1 } });
    expect((await deliver()).status).toBe(200);
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "CANCELED" });
    expect(await stockOf(product.id)).toBe(1);
    expect(await db.orderEvent.findFirst({ where: { orderId: order.id, type: "payment_on_closed_order" } })).toMatchObject({ detail: "refund" });
    expect(await db.refund.findMany({ where: { orderId: order.id } })).toMatchObject([{ amount: 5000, reason: "late_payment", status: "submitting" }]);

    // The sweep sends the refund to Stripe, outside the webhook's transaction; running it twice refunds once.
    await sweepOverdueCheckouts({ now: new Date(Date.now() + 120_000) });
    await sweepOverdueCheckouts({ now: new Date(Date.now() + 120_000) });
    const paymentIntentId = (await db.order.findUniqueOrThrow({ where: { id: order.id } })).paymentIntentId!;
    const refunds = await stripe.stripe.refunds.list({ payment_intent: paymentIntentId }, { stripeAccount: accountId });
    expect(refunds.data.map((r) => r.amount)).toEqual([5000]);
    expect(await db.refund.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({ status: "succeeded" });
  });
});

describe("paidAt", () => {
  it("of a reconciled order is the time of the payment, not of the repair", async () => {
    const { shop, accountId } = await sellingShop(stripe);
    const product = await createProduct(shop.id, { priceAmount: 2500 });
    const cart = await cartWith([{ productId: product.id, quantity: 1 }]);
    const started = await startCheckout({ cartId: cart.id, shopId: shop.id, buyer: null, locale: "fr" });
    if (!started.ok) throw new Error(started.code);
    const { checkoutSessionId } = await db.order.findUniqueOrThrow({ where: { id: started.orderId } });
    await stripe.control("POST", "/_emulator/faults", { webhooks: { drop: true, count: 10 } });
    await stripe.control("POST", `/_emulator/checkout/sessions/${checkoutSessionId}/pay`, { outcome: "paid" });
    await new Promise((resolve) => setTimeout(resolve, 1100));

    await reconcile({ since: new Date(Date.now() - 3_600_000) });
    const session = await stripe.stripe.checkout.sessions.retrieve(checkoutSessionId!, { expand: ["payment_intent.latest_charge"] }, { stripeAccount: accountId });
    const charge = (session.payment_intent as { latest_charge: { created: number } }).latest_charge;
    const order = await db.order.findUniqueOrThrow({ where: { id: started.orderId } });
    expect(order.status).toBe("PAID");
    expect(order.paidAt?.getTime()).toBe(charge.created * 1000);
  });
});
