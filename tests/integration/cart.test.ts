import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { CartError } from "@/lib/cart/errors";
import { addToCartSchema, changeCartLineSchema, updateCartItemSchema } from "@/lib/cart/schemas";
import {
  addToCart,
  countCartItems,
  createGuestCart,
  ensureUserCart,
  findGuestCartId,
  findUserCartId,
  getCartByShop,
  mergeGuestCart,
  newGuestToken,
  parseGuestToken,
  removeFromCart,
  setCartItemQuantity,
} from "@/lib/cart/store";
import { productSearchText } from "@/lib/catalog/search-text";
import { createSeller, createShopFor } from "../support/factories";

async function shop(kind: "sellable" | "no-account" | "suspended" = "sellable", name?: string) {
  const seller = await createSeller();
  const created = await createShopFor(seller.id, { name });
  if (kind !== "no-account") {
    await db.connectedAccount.create({
      data: { shopId: created.id, stripeAccountId: `acct_${randomBytes(6).toString("hex")}`, chargesEnabled: true },
    });
  }
  if (kind === "suspended") await db.shop.update({ where: { id: created.id }, data: { status: "SUSPENDED" } });
  return created;
}

async function product(shopId: string, fields: { name?: string; priceAmount?: number; stock?: number | null; active?: boolean } = {}) {
  const name = fields.name ?? `Produit ${randomBytes(3).toString("hex")}`;
  return db.product.create({
    data: {
      shopId,
      name,
      priceAmount: fields.priceAmount ?? 1000,
      currency: "eur",
      stock: fields.stock === undefined ? null : fields.stock,
      active: fields.active ?? true,
      searchText: productSearchText({ name, description: "" }),
    },
  });
}

async function buyer() {
  return db.user.create({ data: { email: `buyer-${randomBytes(4).toString("hex")}@example.com` } });
}

async function guestCart() {
  const token = newGuestToken();
  return { token, cartId: await createGuestCart(token) };
}

async function lines(cartId: string) {
  const items = await db.cartItem.findMany({ where: { cartId }, select: { productId: true, quantity: true } });
  return Object.fromEntries(items.map((item) => [item.productId, item.quantity]));
}

async function refusal(promise: Promise<unknown>): Promise<CartError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(CartError);
  return error as CartError;
}

describe("adding to the cart", () => {
  it("adds a line, then sums quantities of the same product", async () => {
    const s = await shop();
    const p = await product(s.id, { stock: 10 });
    const { cartId } = await guestCart();
    expect(await addToCart(cartId, p.id, 2)).toEqual({ quantity: 2 });
    expect(await addToCart(cartId, p.id, 3)).toEqual({ quantity: 5 });
    expect(await lines(cartId)).toEqual({ [p.id]: 5 });
    expect(await countCartItems(cartId)).toBe(5);
  });

  it("refuses more than the stock, counting what is already in the cart", async () => {
    const s = await shop();
    const p = await product(s.id, { stock: 3 });
    const { cartId } = await guestCart();
    const tooMany = await refusal(addToCart(cartId, p.id, 4));
    expect(tooMany).toMatchObject({ code: "insufficient_stock", status: 409, detail: { available: 3, inCart: 0 } });
    await addToCart(cartId, p.id, 2);
    expect(await refusal(addToCart(cartId, p.id, 2))).toMatchObject({ code: "insufficient_stock", detail: { available: 3, inCart: 2 } });
    expect(await lines(cartId)).toEqual({ [p.id]: 2 });

    const soldOut = await product(s.id, { stock: 0 });
    expect(await refusal(addToCart(cartId, soldOut.id, 1))).toMatchObject({ code: "insufficient_stock", detail: { available: 0 } });
  });

  it("refuses withdrawn products, shops that cannot sell, unknown products and bad quantities", async () => {
    const sellable = await shop();
    const unsellable = await shop("no-account");
    const suspended = await shop("suspended");
    const { cartId } = await guestCart();

    const inactive = await product(sellable.id, { active: false });
    expect(await refusal(addToCart(cartId, inactive.id, 1))).toMatchObject({ code: "inactive", status: 409 });
    const cannotSell = await product(unsellable.id);
    expect(await refusal(addToCart(cartId, cannotSell.id, 1))).toMatchObject({ code: "unavailable", status: 409 });
    const hidden = await product(suspended.id);
    expect(await refusal(addToCart(cartId, hidden.id, 1))).toMatchObject({ code: "not_found", status: 404 });
    expect(await refusal(addToCart(cartId, "no-such-product", 1))).toMatchObject({ code: "not_found" });

    const ok = await product(sellable.id);
    for (const quantity of [0, -1, 1.5, 100]) {
      expect(await refusal(addToCart(cartId, ok.id, quantity))).toMatchObject({ code: "invalid", status: 422 });
    }
    await addToCart(cartId, ok.id, 99);
    expect(await refusal(addToCart(cartId, ok.id, 1))).toMatchObject({ code: "quantity_limit" });
    expect(await lines(cartId)).toEqual({ [ok.id]: 99 });
  });

  it("validates form input with zod", () => {
    expect(addToCartSchema.parse({ productId: " abc ", quantity: "3" })).toEqual({ productId: "abc", quantity: 3 });
    expect(addToCartSchema.parse({ productId: "abc" })).toEqual({ productId: "abc", quantity: 1 });
    for (const quantity of ["0", "100", "2.5", "deux", ""]) expect(addToCartSchema.safeParse({ productId: "abc", quantity }).success).toBe(false);
    expect(addToCartSchema.safeParse({ productId: "", quantity: "1" }).success).toBe(false);
    expect(updateCartItemSchema.parse({ productId: "abc", quantity: "0" })).toEqual({ productId: "abc", quantity: 0 });
    // A line's form: its remove button whatever the field holds; Enter in the field (no intent) updates.
    expect(changeCartLineSchema.parse({ productId: "abc", quantity: "", intent: "remove" })).toEqual({ productId: "abc", intent: "remove" });
    expect(changeCartLineSchema.parse({ productId: "abc", quantity: "4" })).toEqual({ productId: "abc", quantity: 4, intent: "update" });
    expect(changeCartLineSchema.safeParse({ productId: "abc", quantity: "deux", intent: "update" }).success).toBe(false);
    expect(changeCartLineSchema.safeParse({ productId: "abc", quantity: "4", intent: "empty-the-cart" }).success).toBe(false);
  });
});

describe("changing the cart", () => {
  it("updates a quantity, removes the line at 0, and refuses more than the stock", async () => {
    const s = await shop();
    const p = await product(s.id, { stock: 4 });
    const { cartId } = await guestCart();
    await addToCart(cartId, p.id, 1);
    expect(await setCartItemQuantity(cartId, p.id, 4)).toEqual({ quantity: 4 });
    expect(await refusal(setCartItemQuantity(cartId, p.id, 5))).toMatchObject({ code: "insufficient_stock", detail: { available: 4 } });
    expect(await lines(cartId)).toEqual({ [p.id]: 4 });
    expect(await setCartItemQuantity(cartId, p.id, 0)).toEqual({ quantity: 0 });
    expect(await lines(cartId)).toEqual({});
    expect(await refusal(setCartItemQuantity(cartId, p.id, 2))).toMatchObject({ code: "not_found" });
  });

  it("lets the buyer lower, but not raise, a line that can no longer be bought", async () => {
    const s = await shop();
    const p = await product(s.id);
    const { cartId } = await guestCart();
    await addToCart(cartId, p.id, 3);
    await db.product.update({ where: { id: p.id }, data: { active: false } });
    expect(await refusal(setCartItemQuantity(cartId, p.id, 4))).toMatchObject({ code: "inactive" });
    expect(await setCartItemQuantity(cartId, p.id, 1)).toEqual({ quantity: 1 });
  });

  it("removes a line, and removing it again is harmless", async () => {
    const s = await shop();
    const [a, b] = await Promise.all([product(s.id), product(s.id)]);
    const { cartId } = await guestCart();
    await addToCart(cartId, a.id, 1);
    await addToCart(cartId, b.id, 2);
    await removeFromCart(cartId, a.id);
    await removeFromCart(cartId, a.id);
    expect(await lines(cartId)).toEqual({ [b.id]: 2 });
  });

  it("keeps each cart's lines to itself", async () => {
    const s = await shop();
    const p = await product(s.id);
    const one = await guestCart();
    const two = await guestCart();
    await addToCart(one.cartId, p.id, 1);
    await addToCart(two.cartId, p.id, 2);
    await removeFromCart(one.cartId, p.id);
    expect(await lines(two.cartId)).toEqual({ [p.id]: 2 });
  });
});

describe("merging a guest cart at sign-in", () => {
  it("sums quantities capped by stock, moves new lines, deletes the guest cart, and is idempotent", async () => {
    const s = await shop();
    const limited = await product(s.id, { stock: 5 });
    const unlimited = await product(s.id);
    const onlyGuest = await product(s.id, { stock: 10 });
    const user = await buyer();
    const userCartId = await ensureUserCart(user.id);
    await addToCart(userCartId, limited.id, 3);
    await addToCart(userCartId, unlimited.id, 1);

    const guest = await guestCart();
    await addToCart(guest.cartId, limited.id, 4);
    await addToCart(guest.cartId, unlimited.id, 2);
    await addToCart(guest.cartId, onlyGuest.id, 1);

    expect(await mergeGuestCart(guest.token, user.id)).toEqual({ merged: true });
    const expected = { [limited.id]: 5, [unlimited.id]: 3, [onlyGuest.id]: 1 };
    expect(await lines(userCartId)).toEqual(expected);
    expect(await findGuestCartId(guest.token)).toBeNull();
    expect(await db.cart.findUnique({ where: { id: guest.cartId } })).toBeNull();

    // A second render or action with the same stale cookie changes nothing.
    expect(await mergeGuestCart(guest.token, user.id)).toEqual({ merged: false });
    expect(await lines(userCartId)).toEqual(expected);
  });

  it("creates the user's cart when they had none", async () => {
    const s = await shop();
    const p = await product(s.id);
    const user = await buyer();
    const guest = await guestCart();
    await addToCart(guest.cartId, p.id, 2);
    expect(await findUserCartId(user.id)).toBeNull();
    await mergeGuestCart(guest.token, user.id);
    const cartId = await findUserCartId(user.id);
    expect(cartId).not.toBeNull();
    expect(await lines(cartId!)).toEqual({ [p.id]: 2 });
  });

  it("merges once when two requests race", async () => {
    const s = await shop();
    const p = await product(s.id);
    const user = await buyer();
    const guest = await guestCart();
    await addToCart(guest.cartId, p.id, 2);
    await ensureUserCart(user.id);
    const results = await Promise.all([mergeGuestCart(guest.token, user.id), mergeGuestCart(guest.token, user.id)]);
    expect(results.filter((r) => r.merged)).toHaveLength(1);
    expect(await lines((await findUserCartId(user.id))!)).toEqual({ [p.id]: 2 });
  });

  it("never takes another user's cart, and ignores unknown tokens", async () => {
    const owner = await buyer();
    const other = await buyer();
    const ownerCartId = await ensureUserCart(owner.id);
    await db.cart.update({ where: { id: ownerCartId }, data: { guestToken: newGuestToken() } });
    const { guestToken } = await db.cart.findUniqueOrThrow({ where: { id: ownerCartId }, select: { guestToken: true } });
    expect(await mergeGuestCart(guestToken!, other.id)).toEqual({ merged: false });
    expect(await db.cart.findUnique({ where: { id: ownerCartId } })).not.toBeNull();
    expect(await mergeGuestCart(newGuestToken(), other.id)).toEqual({ merged: false });
  });

  it("accepts only well-formed guest tokens", () => {
    const token = newGuestToken();
    expect(parseGuestToken(token)).toBe(token);
    for (const bad of [undefined, null, "", "abc", `${token}x`, "' OR 1=1 --".padEnd(43, "a")]) expect(parseGuestToken(bad)).toBeNull();
  });
});

describe("the cart by shop", () => {
  it("groups lines by shop in the order they were added, priced from the products as they are now", async () => {
    const atelier = await shop("sellable", "Atelier");
    const brulerie = await shop("no-account", "Brûlerie");
    const mug = await product(atelier.id, { name: "Mug", priceAmount: 2400, stock: 12 });
    const cafe = await product(brulerie.id, { name: "Café", priceAmount: 1400 });
    const vase = await product(atelier.id, { name: "Vase", priceAmount: 3900, stock: 5 });
    const { cartId } = await guestCart();
    await addToCart(cartId, mug.id, 2);
    // Added while the shop could sell; then its account was disabled.
    await db.connectedAccount.create({ data: { shopId: brulerie.id, stripeAccountId: `acct_${randomBytes(6).toString("hex")}`, chargesEnabled: true } });
    await addToCart(cartId, cafe.id, 1);
    await db.connectedAccount.update({ where: { shopId: brulerie.id }, data: { chargesEnabled: false } });
    await addToCart(cartId, vase.id, 1);

    // The price changed after the mug went into the cart: the cart shows today's.
    await db.product.update({ where: { id: mug.id }, data: { priceAmount: 2600 } });

    const groups = await getCartByShop(cartId);
    expect(groups).toEqual([
      {
        shop: { id: atelier.id, slug: atelier.slug, name: "Atelier", currency: "eur", canSell: true },
        items: [
          { productId: mug.id, name: "Mug", imageUrl: null, unitAmount: 2600, quantity: 2, stock: 12, active: true, lineTotal: 5200 },
          { productId: vase.id, name: "Vase", imageUrl: null, unitAmount: 3900, quantity: 1, stock: 5, active: true, lineTotal: 3900 },
        ],
        subtotal: 9100,
      },
      {
        shop: { id: brulerie.id, slug: brulerie.slug, name: "Brûlerie", currency: "eur", canSell: false },
        items: [{ productId: cafe.id, name: "Café", imageUrl: null, unitAmount: 1400, quantity: 1, stock: null, active: true, lineTotal: 1400 }],
        subtotal: 1400,
      },
    ]);
  });

  it("is empty for an empty or unknown cart", async () => {
    const { cartId } = await guestCart();
    expect(await getCartByShop(cartId)).toEqual([]);
    expect(await getCartByShop("no-such-cart")).toEqual([]);
    expect(await countCartItems(cartId)).toBe(0);
  });

  it("is read by its owner as by its id: a user's, a guest's, never a guest cart already merged", async () => {
    const atelier = await shop();
    const mug = await product(atelier.id, { name: "Mug" });
    const vase = await product(atelier.id, { name: "Vase" });
    const user = await buyer();
    const userCart = await ensureUserCart(user.id);
    await addToCart(userCart, mug.id, 2);
    const guest = await guestCart();
    await addToCart(guest.cartId, vase.id, 1);

    expect(await getCartByShop({ userId: user.id })).toEqual(await getCartByShop(userCart));
    expect((await getCartByShop({ guestToken: guest.token })).flatMap((group) => group.items.map((item) => item.productId))).toEqual([vase.id]);
    expect(await getCartByShop({ userId: (await buyer()).id })).toEqual([]);
    expect(await getCartByShop({ guestToken: newGuestToken() })).toEqual([]);

    // A guest cart that was given to a user (as a merge claims it) is no longer the guest's.
    await db.cart.update({ where: { id: guest.cartId }, data: { userId: (await buyer()).id } });
    expect(await getCartByShop({ guestToken: guest.token })).toEqual([]);
  });
});
