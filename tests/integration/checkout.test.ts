import { describe, expect, it } from "vitest";
import { POST as connectRoute } from "@/app/api/stripe/connect/webhook/route";
import { delivering } from "../support/jobs";
import { startCheckout } from "@/lib/checkout/start-checkout";
import { db } from "@/lib/db";
import { fulfilCheckout } from "@/lib/orders/fulfil-checkout";
import { cartWith, createProduct, retrieveSession, sellingShop, stripeEvent } from "../support/marketplace";
import { createSeller, createShopFor } from "../support/factories";
import { startEmulatorForFile } from "../support/stripe-emulator";

// The route records and queues; a worker (here, drained after each call) applies.
const connectWebhook = delivering(connectRoute);

const stripe = startEmulatorForFile();
const WEBHOOK = "http://localhost:3999/api/stripe/connect/webhook";

async function pendingOrder(options: { stock?: number | null; quantity?: number; price?: number } = {}) {
  const { shop, accountId } = await sellingShop(stripe);
  const product = await createProduct(shop.id, { priceAmount: options.price ?? 2400, stock: options.stock ?? 10 });
  const buyer = await db.user.create({ data: { email: `buyer-${Math.random().toString(36).slice(2)}@example.com` } });
  const cart = await cartWith([{ productId: product.id, quantity: options.quantity ?? 2 }], buyer.id);
  const result = await startCheckout({ cartId: cart.id, shopId: shop.id, buyer: { id: buyer.id, email: buyer.email }, locale: "fr" });
  if (!result.ok) throw new Error(`checkout refused: ${result.code}`);
  const order = await db.order.findUniqueOrThrow({ where: { id: result.orderId } });
  return { shop, accountId, product, buyer, cart, order, sessionId: order.checkoutSessionId!, url: result.url };
}

async function deliver(type: string, sessionId: string, accountId: string | undefined, id?: string) {
  const session = await retrieveSession(stripe, sessionId, accountId ?? "");
  return connectWebhook(stripe.signedRequest(WEBHOOK, stripeEvent(type, session, accountId, id)));
}

const orderOf = (id: string) => db.order.findUniqueOrThrow({ where: { id }, include: { items: true } });
const stockOf = async (id: string) => (await db.product.findUniqueOrThrow({ where: { id } })).stock;

describe("starting a checkout", () => {
  it("creates the order, reserves stock and opens a direct-charge session with the server's fee", async () => {
    const { order, sessionId, accountId, product, url, buyer } = await pendingOrder({ price: 2400, quantity: 2 });
    expect(order).toMatchObject({ status: "PENDING", subtotalAmount: 4800, applicationFeeAmount: 270, currency: "eur" });
    expect(await stockOf(product.id)).toBe(8);
    expect(url).toContain(stripe.emulator.url);

    const session = await retrieveSession(stripe, sessionId, accountId);
    expect(session).toMatchObject({
      amount_total: 4800,
      currency: "eur",
      client_reference_id: order.id,
      metadata: { order_id: order.id },
      customer_email: buyer.email,
      locale: "fr",
      mode: "payment",
    });
    expect(session.success_url).toContain("session_id={CHECKOUT_SESSION_ID}");
    expect(session.cancel_url).toContain(`/checkout/cancel?order=${order.id}`);
    // The session lives on the seller's account only.
    await expect(stripe.stripe.checkout.sessions.retrieve(sessionId)).rejects.toMatchObject({ statusCode: 404 });
  });

  it("uses the shop's fee override for new checkouts", async () => {
    const { shop } = await sellingShop(stripe, { feeBps: 1000, feeFixed: 0 });
    const product = await createProduct(shop.id, { priceAmount: 1234 });
    const cart = await cartWith([{ productId: product.id, quantity: 1 }]);
    const result = await startCheckout({ cartId: cart.id, shopId: shop.id, buyer: null, locale: "en" });
    expect(result.ok).toBe(true);
    if (result.ok) expect((await orderOf(result.orderId)).applicationFeeAmount).toBe(124);
  });

  it("refuses a shop that cannot take payments and saves nothing", async () => {
    const seller = await createSeller();
    const shop = await createShopFor(seller.id);
    const product = await createProduct(shop.id, { stock: 3 });
    const cart = await cartWith([{ productId: product.id, quantity: 1 }]);
    expect(await startCheckout({ cartId: cart.id, shopId: shop.id, buyer: null, locale: "fr" })).toEqual({ ok: false, code: "unavailable" });
    expect(await db.order.count({ where: { shopId: shop.id } })).toBe(0);
    expect(await stockOf(product.id)).toBe(3);
  });

  it("refuses more than the stock, naming the product", async () => {
    const { shop } = await sellingShop(stripe);
    const product = await createProduct(shop.id, { name: "Théière", stock: 1 });
    const cart = await cartWith([{ productId: product.id, quantity: 2 }]);
    expect(await startCheckout({ cartId: cart.id, shopId: shop.id, buyer: null, locale: "fr" })).toEqual({ ok: false, code: "out_of_stock", product: "Théière" });
    expect(await stockOf(product.id)).toBe(1);
    expect(await db.order.count({ where: { shopId: shop.id } })).toBe(0);
  });

  it("releases the reservation when Stripe fails, leaving a canceled order", async () => {
    const { shop } = await sellingShop(stripe);
    const product = await createProduct(shop.id, { stock: 4 });
    const cart = await cartWith([{ productId: product.id, quantity: 3 }]);
    await stripe.control("POST", "/_emulator/faults", { api: { status: "500", count: 1, path: "/v1/checkout/sessions" } });
    expect(await startCheckout({ cartId: cart.id, shopId: shop.id, buyer: null, locale: "fr" })).toEqual({ ok: false, code: "stripe_unavailable" });
    expect(await stockOf(product.id)).toBe(4);
    const order = await db.order.findFirstOrThrow({ where: { shopId: shop.id } });
    expect(order.status).toBe("CANCELED");
    expect(order.stockReleasedAt).not.toBeNull();
  });

  it("sells exactly the last 5 units to 50 buyers checking out at once", async () => {
    const { shop } = await sellingShop(stripe);
    const product = await createProduct(shop.id, { stock: 5 });
    const carts = await Promise.all(Array.from({ length: 50 }, () => cartWith([{ productId: product.id, quantity: 1 }])));
    const results = await Promise.all(carts.map((cart) => startCheckout({ cartId: cart.id, shopId: shop.id, buyer: null, locale: "fr" })));
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(results.filter((r) => !r.ok && r.code === "out_of_stock")).toHaveLength(45);
    expect(await stockOf(product.id)).toBe(0);
    expect(await db.order.count({ where: { shopId: shop.id, status: "PENDING" } })).toBe(5);
  });
});

describe("fulfilment through the Connect webhook", () => {
  it("marks the order paid once, clears the cart and queues both emails", async () => {
    const { order, sessionId, accountId, cart } = await pendingOrder();
    await stripe.control("POST", `/_emulator/checkout/sessions/${sessionId}/pay`, { outcome: "paid" });
    const eventId = "evt_paid_once";
    const first = await deliver("checkout.session.completed", sessionId, accountId, eventId);
    expect(first.status).toBe(200);
    const again = await deliver("checkout.session.completed", sessionId, accountId, eventId);
    expect(await again.json()).toMatchObject({ result: "duplicate" });

    const paid = await orderOf(order.id);
    expect(paid.status).toBe("PAID");
    expect(paid.paymentIntentId).toMatch(/^pi_/);
    expect(await db.cartItem.count({ where: { cartId: cart.id } })).toBe(0);
    const emails = await db.emailMessage.findMany({ where: { orderId: order.id } });
    expect(emails.map((e) => e.kind).sort()).toEqual(["order-confirmation", "seller-new-order"]);
    expect(await db.orderEvent.count({ where: { orderId: order.id, type: "status_changed" } })).toBe(1);
  });

  it("applies ten concurrent copies of an event once", async () => {
    const { order, sessionId, accountId } = await pendingOrder();
    await stripe.control("POST", `/_emulator/checkout/sessions/${sessionId}/pay`, { outcome: "paid" });
    const session = await retrieveSession(stripe, sessionId, accountId);
    const event = stripeEvent("checkout.session.completed", session, accountId);
    const responses = await Promise.all(Array.from({ length: 10 }, () => connectWebhook(stripe.signedRequest(WEBHOOK, event))));
    expect(responses.every((r) => r.status === 200)).toBe(true);
    expect(await db.orderEvent.count({ where: { orderId: order.id, type: "status_changed" } })).toBe(1);
    expect(await db.emailMessage.count({ where: { orderId: order.id } })).toBe(2);
  });

  it("expires an unpaid session, returns its stock, and a late completed event cannot revive it", async () => {
    const { order, sessionId, accountId, product } = await pendingOrder({ stock: 5, quantity: 2 });
    expect(await stockOf(product.id)).toBe(3);
    await stripe.stripe.checkout.sessions.expire(sessionId, {}, { stripeAccount: accountId });
    await deliver("checkout.session.expired", sessionId, accountId);
    expect((await orderOf(order.id)).status).toBe("EXPIRED");
    expect(await stockOf(product.id)).toBe(5);

    await deliver("checkout.session.completed", sessionId, accountId);
    await deliver("checkout.session.expired", sessionId, accountId);
    expect((await orderOf(order.id)).status).toBe("EXPIRED");
    expect(await stockOf(product.id)).toBe(5);
  });

  it("an expired event delivered after payment does not move a paid order back", async () => {
    const { order, sessionId, accountId } = await pendingOrder();
    await stripe.control("POST", `/_emulator/checkout/sessions/${sessionId}/pay`, { outcome: "paid" });
    const session = await retrieveSession(stripe, sessionId, accountId);
    // A stale "expired" payload (Stripe's copy says otherwise now) arrives first.
    const stale = stripeEvent("checkout.session.expired", { ...session, status: "expired", payment_status: "unpaid" }, accountId);
    await connectWebhook(stripe.signedRequest(WEBHOOK, stale));
    await deliver("checkout.session.completed", sessionId, accountId);
    expect((await orderOf(order.id)).status).toBe("PAID");
  });

  it("a delayed payment goes processing, then paid", async () => {
    const { order, sessionId, accountId } = await pendingOrder();
    await stripe.control("POST", `/_emulator/checkout/sessions/${sessionId}/pay`, { outcome: "async_succeeded" });
    await deliver("checkout.session.completed", sessionId, accountId);
    expect((await orderOf(order.id)).status).toBe("PROCESSING");
    expect(await db.emailMessage.count({ where: { orderId: order.id } })).toBe(0);

    await stripe.control("POST", `/_emulator/checkout/sessions/${sessionId}/settle`, {});
    await deliver("checkout.session.async_payment_succeeded", sessionId, accountId);
    expect((await orderOf(order.id)).status).toBe("PAID");
    expect(await db.emailMessage.count({ where: { orderId: order.id } })).toBe(2);
  });

  it("a delayed payment that fails releases the stock", async () => {
    const { order, sessionId, accountId, product } = await pendingOrder({ stock: 5, quantity: 2 });
    await stripe.control("POST", `/_emulator/checkout/sessions/${sessionId}/pay`, { outcome: "async_failed" });
    await deliver("checkout.session.completed", sessionId, accountId);
    expect((await orderOf(order.id)).status).toBe("PROCESSING");
    await stripe.control("POST", `/_emulator/checkout/sessions/${sessionId}/settle`, {});
    await deliver("checkout.session.async_payment_failed", sessionId, accountId);
    expect((await orderOf(order.id)).status).toBe("FAILED");
    expect(await stockOf(product.id)).toBe(5);
    // A replayed "completed" cannot undo the failure.
    await deliver("checkout.session.completed", sessionId, accountId);
    expect((await orderOf(order.id)).status).toBe("FAILED");
  });

  it("refuses bad and stale signatures, and Connect events without an account", async () => {
    const { sessionId, accountId } = await pendingOrder();
    const session = await retrieveSession(stripe, sessionId, accountId);
    const event = stripeEvent("checkout.session.completed", session, accountId);
    expect((await connectWebhook(stripe.signedRequest(WEBHOOK, event, { secret: "whsec_nope" }))).status).toBe(400);
    const stale = stripe.signedRequest(WEBHOOK, event, { timestamp: Math.floor(Date.now() / 1000) - 600 });
    expect((await connectWebhook(stale)).status).toBe(400);
    const noAccount = stripeEvent("checkout.session.completed", session, undefined);
    expect((await connectWebhook(stripe.signedRequest(WEBHOOK, noAccount))).status).toBe(400);
    expect(await db.stripeEvent.count({ where: { id: { in: [event.id, noAccount.id] } } })).toBe(0);
  });

  it("the success page racing the webhook gives one fulfilment", async () => {
    const { order, sessionId, accountId } = await pendingOrder();
    await stripe.control("POST", `/_emulator/checkout/sessions/${sessionId}/pay`, { outcome: "paid" });
    await Promise.all([
      deliver("checkout.session.completed", sessionId, accountId),
      fulfilCheckout(sessionId, accountId, { page: "success" }),
      fulfilCheckout(sessionId, accountId, { page: "success" }),
    ]);
    expect((await orderOf(order.id)).status).toBe("PAID");
    expect(await db.orderEvent.count({ where: { orderId: order.id, type: "status_changed" } })).toBe(1);
    expect(await db.emailMessage.count({ where: { orderId: order.id } })).toBe(2);
  });

  it("does not mark paid a session whose amount differs from the order", async () => {
    const { order, sessionId, accountId } = await pendingOrder();
    await stripe.control("POST", `/_emulator/checkout/sessions/${sessionId}/pay`, { outcome: "paid" });
    await db.order.update({ where: { id: order.id }, data: { subtotalAmount: order.subtotalAmount + 100 } });
    await deliver("checkout.session.completed", sessionId, accountId);
    expect((await orderOf(order.id)).status).toBe("PENDING");
    expect(await db.orderEvent.count({ where: { orderId: order.id, type: "amount_mismatch" } })).toBe(1);
  });
});
