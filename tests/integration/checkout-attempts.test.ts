import { describe, expect, it, vi } from "vitest";
import { startCheckout } from "@/lib/checkout/start-checkout";
import { db } from "@/lib/db";
import { cartWith, createProduct, retrieveSession, sellingShop } from "../support/marketplace";
import { startEmulatorForFile } from "../support/stripe-emulator";

const currentCart = vi.hoisted(() => ({ id: null as string | null }));
vi.mock("@/lib/cart/current", () => ({ getCurrentCartId: async () => currentCart.id }));
const { GET: cancelRoute } = await import("@/app/[locale]/(storefront)/checkout/cancel/route");

const stripe = startEmulatorForFile();
const stockOf = async (id: string) => (await db.product.findUniqueOrThrow({ where: { id } })).stock;

async function setup(stock = 10, quantity = 2, userId?: string) {
  const { shop, accountId } = await sellingShop(stripe);
  const product = await createProduct(shop.id, { priceAmount: 1500, stock });
  const cart = await cartWith([{ productId: product.id, quantity }], userId);
  const start = () => startCheckout({ cartId: cart.id, shopId: shop.id, buyer: null, locale: "fr" });
  return { shop, accountId, product, cart, start };
}

async function openSessions(accountId: string) {
  return (await stripe.stripe.checkout.sessions.list({ status: "open", limit: 100 }, { stripeAccount: accountId })).data;
}

describe("one checkout attempt per cart and shop", () => {
  it("an unchanged cart gets its open session back, and its stock is held once", async () => {
    const { start, product, shop, accountId } = await setup();
    const first = await start();
    const second = await start();
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(second).toEqual(first);
    expect(await db.order.count({ where: { shopId: shop.id } })).toBe(1);
    expect(await stockOf(product.id)).toBe(8);
    expect(await openSessions(accountId)).toHaveLength(1);
  });

  it("a changed cart expires the old session and releases its stock before holding the new one", async () => {
    const { start, product, cart, shop, accountId } = await setup(10, 1);
    const first = await start();
    if (!first.ok) throw new Error(first.code);
    const oldOrder = await db.order.findUniqueOrThrow({ where: { id: first.orderId } });
    await db.cartItem.updateMany({ where: { cartId: cart.id }, data: { quantity: 3 } });

    const second = await start();
    if (!second.ok) throw new Error(second.code);
    expect(second.orderId).not.toBe(first.orderId);
    expect((await retrieveSession(stripe, oldOrder.checkoutSessionId!, accountId)).status).toBe("expired");
    expect(await db.order.findUniqueOrThrow({ where: { id: oldOrder.id } })).toMatchObject({ status: "CANCELED", failureReason: "cart_changed" });
    expect(await stockOf(product.id)).toBe(7);
    expect(await db.order.count({ where: { shopId: shop.id, status: "PENDING" } })).toBe(1);
    expect((await openSessions(accountId)).map((s) => s.id)).toEqual([(await db.order.findUniqueOrThrow({ where: { id: second.orderId } })).checkoutSessionId]);
  });

  it("many concurrent checkouts of the same cart leave exactly one payable session (real PostgreSQL)", async () => {
    const { start, product, shop, accountId } = await setup(10, 2);
    const results = await Promise.all(Array.from({ length: 6 }, () => start()));
    const orderIds = new Set(results.map((r) => (r.ok ? r.orderId : r.code)));
    expect([...orderIds]).toHaveLength(1);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db.order.count({ where: { shopId: shop.id } })).toBe(1);
    expect(await stockOf(product.id)).toBe(8);
    expect(await openSessions(accountId)).toHaveLength(1);
  });

  it("sessions live 30 minutes (Stripe's minimum) and the reservation carries its deadline", async () => {
    const { start, accountId } = await setup();
    const result = await start();
    if (!result.ok) throw new Error(result.code);
    const order = await db.order.findUniqueOrThrow({ where: { id: result.orderId } });
    const session = await retrieveSession(stripe, order.checkoutSessionId!, accountId);
    expect(session.expires_at - Math.floor(order.createdAt.getTime() / 1000)).toBeLessThanOrEqual(31 * 60);
    expect(order.reservedUntil!.getTime()).toBeGreaterThan(session.expires_at * 1000);
  });

  it("a guest cart cannot hold more than its share of the shelves", async () => {
    const { start, product, shop } = await setup(100, 25);
    expect(await start()).toEqual({ ok: false, code: "too_many_reserved" });
    expect(await stockOf(product.id)).toBe(100);
    expect(await db.order.count({ where: { shopId: shop.id } })).toBe(0);
  });
});

describe("the cancel URL", () => {
  const cancel = (orderId: string) => cancelRoute(new Request(`http://localhost:3999/checkout/cancel?order=${orderId}`));

  it("expires the session and gives the stock back at once", async () => {
    const { start, product, cart, accountId } = await setup(5, 2);
    const result = await start();
    if (!result.ok) throw new Error(result.code);
    expect(await stockOf(product.id)).toBe(3);
    const order = await db.order.findUniqueOrThrow({ where: { id: result.orderId } });

    // Someone else's browser following the link changes nothing.
    currentCart.id = "another-cart";
    await cancel(order.id);
    expect(await stockOf(product.id)).toBe(3);

    currentCart.id = cart.id;
    const response = await cancel(order.id);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toContain("/cart?canceled=1");
    expect(await stockOf(product.id)).toBe(5);
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "CANCELED", failureReason: "buyer_canceled" });
    expect((await retrieveSession(stripe, order.checkoutSessionId!, accountId)).status).toBe("expired");
    // The cart keeps its items; checking out again opens a fresh attempt.
    expect(await db.cartItem.count({ where: { cartId: cart.id } })).toBe(1);
    const again = await start();
    expect(again.ok && again.orderId !== order.id).toBe(true);
  });
});
