import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";

// Prisma's query events count the SQL statements (on before the client exists); the request's
// cookies are played by the test.
const jar = vi.hoisted(() => {
  process.env.DB_QUERY_EVENTS = "1";
  return { cookies: [] as { name: string; value: string }[] };
});
vi.mock("next/headers", () => ({
  cookies: async () => ({ getAll: () => jar.cookies, get: (name: string) => jar.cookies.find((c) => c.name === name) }),
  headers: async () => new Headers(),
}));

const { getCurrentCart } = await import("@/lib/cart/current");
const { closeSession, openSession } = await import("@/lib/auth/sessions");
const { addToCart, createGuestCart, ensureUserCart, getCartByShop, newGuestToken } = await import("@/lib/cart/store");
const { db, queryCount } = await import("@/lib/db");
const { createSeller, createShopFor } = await import("../support/factories");

async function sellableProducts(count: number) {
  const shop = await createShopFor((await createSeller()).id);
  await db.connectedAccount.create({ data: { shopId: shop.id, stripeAccountId: `acct_${randomBytes(6).toString("hex")}`, chargesEnabled: true } });
  const products = [];
  for (let i = 0; i < count; i++) products.push(await db.product.create({ data: { shopId: shop.id, name: `Produit ${i}`, priceAmount: 1000 + i, currency: "eur", searchText: "produit" } }));
  return products;
}

/** A signed-in buyer's session cookie (a live row, next-auth's encoding) and their cart with `lines`. */
async function signedInBuyer(lines: { id: string }[]) {
  const user = await db.user.create({ data: { email: `current-${randomBytes(4).toString("hex")}@example.com` } });
  const cartId = await ensureUserCart(user.id);
  for (const line of lines) await addToCart(cartId, line.id, 1);
  const sid = await openSession(user.id);
  const cookie = { name: "next-auth.session-token", value: await encode({ token: { sub: user.id, sid }, secret: process.env.AUTH_SECRET! }) };
  return { user, sid, cookie };
}

const productIds = (groups: Awaited<ReturnType<typeof getCurrentCart>>) => groups.flatMap((group) => group.items.map((item) => item.productId));

describe("the cart page's cart (getCurrentCart)", () => {
  it("reads a signed-in buyer's lines with the session's check in one query, and nothing once signed out", async () => {
    const [mug, vase] = await sellableProducts(2);
    const buyer = await signedInBuyer([mug!, vase!]);
    jar.cookies = [buyer.cookie];

    const before = queryCount();
    const groups = await getCurrentCart();
    expect(queryCount() - before).toBe(1);
    expect(groups).toEqual(await getCartByShop({ userId: buyer.user.id }));
    expect(productIds(groups)).toEqual([mug!.id, vase!.id]);

    await closeSession(buyer.sid);
    expect(await getCurrentCart()).toEqual([]);
  });

  it("answers many reads at once, over every pooled connection (a statement prepared on each)", async () => {
    const [mug, vase] = await sellableProducts(2);
    const buyer = await signedInBuyer([mug!, vase!]);
    const { signedInCartLines } = await import("@/lib/cart/signed-in-lines");
    // More reads than the pool has connections (10): each connection prepares the statement once,
    // which an embedded PGlite (one session for all sockets) refuses unless its URL says prepare=false.
    const reads = await Promise.all(Array.from({ length: 25 }, () => signedInCartLines({ sid: buyer.sid, sub: buyer.user.id })));
    for (const lines of reads) expect(lines.map((line) => line.product.id)).toEqual([mug!.id, vase!.id]);
  });

  it("shows nothing once the session row has expired", async () => {
    const [mug] = await sellableProducts(1);
    const buyer = await signedInBuyer([mug!]);
    jar.cookies = [buyer.cookie];
    expect(productIds(await getCurrentCart())).toEqual([mug!.id]);
    await db.authSession.update({ where: { id: buyer.sid }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getCurrentCart()).toEqual([]);
  });

  it("reads lines of a suspended shop, one without a Stripe account and an archived product as the Prisma query does", async () => {
    const [mug, bowl] = await sellableProducts(2);
    const [vase] = await sellableProducts(1);
    await db.product.update({ where: { id: vase!.id }, data: { stock: 2 } });
    const buyer = await signedInBuyer([mug!, vase!, bowl!]);
    // The vase's shop has lost its Stripe account since (no row: the LEFT JOIN's null).
    await db.connectedAccount.deleteMany({ where: { shopId: vase!.shopId } });
    await db.shop.update({ where: { id: (await db.product.findUniqueOrThrow({ where: { id: mug!.id } })).shopId }, data: { status: "SUSPENDED" } });
    await db.product.update({ where: { id: bowl!.id }, data: { active: false } });
    jar.cookies = [buyer.cookie];

    const groups = await getCurrentCart();
    expect(groups).toEqual(await getCartByShop({ userId: buyer.user.id }));
    expect(groups.map((group) => group.shop.canSell)).toEqual([false, false]);
    expect(groups.flatMap((group) => group.items.map((item) => [item.productId, item.active, item.stock]))).toEqual([
      [mug!.id, true, null],
      [bowl!.id, false, null],
      [vase!.id, true, 2],
    ]);
  });

  it("shows nothing for a cookie naming another user than its session row's", async () => {
    const [mug] = await sellableProducts(1);
    const victim = await signedInBuyer([mug!]);
    const attacker = await signedInBuyer([]);
    jar.cookies = [{ ...victim.cookie, value: await encode({ token: { sub: victim.user.id, sid: attacker.sid }, secret: process.env.AUTH_SECRET! }) }];
    expect(await getCurrentCart()).toEqual([]);
  });

  it("reads a guest's cart by its cookie, and merges it into the buyer's once signed in", async () => {
    const [mug, vase] = await sellableProducts(2);
    const token = newGuestToken();
    await addToCart(await createGuestCart(token), vase!.id, 2);
    jar.cookies = [{ name: "cart", value: token }];
    expect(productIds(await getCurrentCart())).toEqual([vase!.id]);

    const buyer = await signedInBuyer([mug!]);
    jar.cookies = [buyer.cookie, { name: "cart", value: token }];
    const merged = await getCurrentCart();
    expect(productIds(merged)).toEqual([mug!.id, vase!.id]);
    expect(merged[0]!.items.find((item) => item.productId === vase!.id)?.quantity).toBe(2);
  });
});
