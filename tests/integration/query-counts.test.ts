import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";

// Prisma's query events count every SQL statement this process sends; on before the client exists.
vi.hoisted(() => {
  process.env.DB_QUERY_EVENTS = "1";
});

import { db, queryCount } from "@/lib/db";
import { getProductPage, getShopPage, listLatestProducts, listShops, searchProducts } from "@/lib/catalog/queries";
import { productSearchText } from "@/lib/catalog/search-text";
import { countCartItems, getCartByShop } from "@/lib/cart/store";
import { createSeller, createShopFor } from "../support/factories";

/** SQL statements sent while `read` runs (nothing else uses the client meanwhile). */
async function queriesOf(read: () => Promise<unknown>): Promise<number> {
  const before = queryCount();
  await read();
  return queryCount() - before;
}

const WORD = `zq${randomBytes(4).toString("hex")}`;

async function sellableShop() {
  const shop = await createShopFor((await createSeller()).id);
  await db.connectedAccount.create({ data: { shopId: shop.id, stripeAccountId: `acct_${randomBytes(6).toString("hex")}`, chargesEnabled: true } });
  return shop;
}

async function addProducts(shopIds: string[], count: number) {
  const products = [];
  for (let i = 0; i < count; i++) {
    const name = `${WORD} produit ${i}`;
    products.push(
      await db.product.create({
        data: { shopId: shopIds[i % shopIds.length]!, name, priceAmount: 1000 + i, currency: "eur", stock: 50, searchText: productSearchText({ name, description: "" }) },
      }),
    );
  }
  return products;
}

/** What each buyer page reads, for a catalogue and a cart of a given size. */
async function pageQueries(shopSlug: string, productId: string, cart: { id: string; guestToken: string | null }) {
  return {
    home: await queriesOf(() => Promise.all([listLatestProducts(12), listShops()])),
    shop: await queriesOf(() => getShopPage(shopSlug)),
    product: await queriesOf(() => getProductPage(productId)),
    search: await queriesOf(() => searchProducts(WORD)),
    cart: await queriesOf(() => getCartByShop(cart.id)),
    // The cart page reads the lines by the cart's owner, without looking its id up first.
    cartByOwner: await queriesOf(() => getCartByShop({ guestToken: cart.guestToken! })),
    cartCount: await queriesOf(() => countCartItems(cart.id)),
  };
}

describe("queries per page", () => {
  let shops: { id: string; slug: string }[];

  beforeAll(async () => {
    shops = [await sellableShop(), await sellableShop(), await sellableShop()];
    // A shop that cannot sell (no Stripe account): home falls back to its products when short.
    const unsellable = await createShopFor((await createSeller()).id);
    await db.product.create({ data: { shopId: unsellable.id, name: "Autre", priceAmount: 500, currency: "eur", searchText: "autre" } });
  });

  it("does not grow with the number of products, shops or cart lines", async () => {
    const small = await addProducts(shops.map((s) => s.id), 3);
    const smallCart = await db.cart.create({ data: { guestToken: randomBytes(32).toString("base64url"), items: { create: small.map((p) => ({ productId: p.id, quantity: 1 })) } } });
    const withThree = await pageQueries(shops[0]!.slug, small[0]!.id, smallCart);

    const more = await addProducts(shops.map((s) => s.id), 27);
    const bigCart = await db.cart.create({
      data: { guestToken: randomBytes(32).toString("base64url"), items: { create: [...small, ...more].map((p) => ({ productId: p.id, quantity: 2 })) } },
    });
    expect((await getCartByShop(bigCart.id)).flatMap((group) => group.items)).toHaveLength(30);
    expect(await getCartByShop({ guestToken: bigCart.guestToken! })).toEqual(await getCartByShop(bigCart.id));
    expect((await searchProducts(WORD)).total).toBe(30);
    expect((await listLatestProducts(12)).every((product) => product.available)).toBe(true);
    const withThirty = await pageQueries(shops[0]!.slug, more[0]!.id, bigCart);

    expect(withThirty).toEqual({ ...withThree, home: withThirty.home });
    // Home reads the sellable tier and, when it falls short of the 12 cards, the other one: more
    // products can only save it a query.
    expect(withThirty.home).toBeLessThanOrEqual(withThree.home);
    // Each relation is joined in the same statement (Prisma's relationJoins), not read apart.
    expect(withThirty).toEqual({ home: 2, shop: 1, product: 1, search: 3, cart: 1, cartByOwner: 1, cartCount: 1 });
  });
});
