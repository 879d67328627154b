import { randomBytes } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { shopCanSell } from "@/lib/catalog/availability";
import { CartError } from "./errors";
import { MAX_LINE_QUANTITY } from "./schemas";

// The cart's data, with no knowledge of requests or cookies (lib/cart/current.ts adds those), so
// it can be tested and reused as is. Every function takes the cart's id, never trusts a price
// from the browser, and reads products as they are now.

const GUEST_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A fresh, unguessable guest cart key (32 random bytes, base64url). */
export function newGuestToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The token if it looks like one of ours, so that arbitrary cookie values never reach a query. */
export function parseGuestToken(value: string | undefined | null): string | null {
  return value && GUEST_TOKEN_PATTERN.test(value) ? value : null;
}

export async function findUserCartId(userId: string): Promise<string | null> {
  const cart = await db.cart.findUnique({ where: { userId }, select: { id: true } });
  return cart?.id ?? null;
}

export async function findGuestCartId(guestToken: string): Promise<string | null> {
  const cart = await db.cart.findFirst({ where: { guestToken, userId: null }, select: { id: true } });
  return cart?.id ?? null;
}

export async function ensureUserCart(userId: string, client: Prisma.TransactionClient = db): Promise<string> {
  const cart = await client.cart.upsert({ where: { userId }, create: { userId }, update: {}, select: { id: true } });
  return cart.id;
}

export async function createGuestCart(guestToken: string): Promise<string> {
  const cart = await db.cart.create({ data: { guestToken }, select: { id: true } });
  return cart.id;
}

/** Marks the cart as used now, so abandoned guest carts can be told apart by `updatedAt`. */
async function touch(tx: Prisma.TransactionClient, cartId: string) {
  await tx.cart.update({ where: { id: cartId }, data: { updatedAt: new Date() }, select: { id: true } });
}

const productRuleSelect = {
  id: true,
  active: true,
  stock: true,
  shop: { select: { status: true, stripeAccount: { select: { chargesEnabled: true } } } },
} as const satisfies Prisma.ProductSelect;

/**
 * Adds `quantity` units to the cart. Refused for unknown or withdrawn products, products of shops
 * that cannot take payments, and when the line would hold more than the stock (or 99).
 * Returns the line's new quantity.
 */
export async function addToCart(cartId: string, productId: string, quantity: number): Promise<{ quantity: number }> {
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_LINE_QUANTITY) throw new CartError("invalid");
  return db.$transaction(async (tx) => {
    const product = await tx.product.findUnique({ where: { id: productId }, select: productRuleSelect });
    if (!product || product.shop.status !== "ACTIVE") throw new CartError("not_found");
    if (!product.active) throw new CartError("inactive");
    if (!shopCanSell(product.shop)) throw new CartError("unavailable");
    const line = await tx.cartItem.findUnique({ where: { cartId_productId: { cartId, productId } }, select: { quantity: true } });
    const inCart = line?.quantity ?? 0;
    const total = inCart + quantity;
    if (product.stock !== null && total > product.stock) {
      throw new CartError("insufficient_stock", { available: Math.max(0, product.stock), inCart });
    }
    if (total > MAX_LINE_QUANTITY) throw new CartError("quantity_limit", { inCart });
    const saved = await tx.cartItem.upsert({
      where: { cartId_productId: { cartId, productId } },
      create: { cartId, productId, quantity },
      update: { quantity: total },
      select: { quantity: true },
    });
    await touch(tx, cartId);
    return { quantity: saved.quantity };
  });
}

/**
 * Sets a line's quantity; 0 removes it. Lowering is always allowed (even for a product that can
 * no longer be bought); raising follows the same rules as adding.
 */
export async function setCartItemQuantity(cartId: string, productId: string, quantity: number): Promise<{ quantity: number }> {
  if (!Number.isInteger(quantity) || quantity < 0 || quantity > MAX_LINE_QUANTITY) throw new CartError("invalid");
  if (quantity === 0) {
    await removeFromCart(cartId, productId);
    return { quantity: 0 };
  }
  return db.$transaction(async (tx) => {
    const line = await tx.cartItem.findUnique({
      where: { cartId_productId: { cartId, productId } },
      select: { quantity: true, product: { select: productRuleSelect } },
    });
    if (!line) throw new CartError("not_found");
    const { product } = line;
    if (quantity > line.quantity) {
      if (!product.active) throw new CartError("inactive");
      if (!shopCanSell(product.shop)) throw new CartError("unavailable");
      if (product.stock !== null && quantity > product.stock) {
        throw new CartError("insufficient_stock", { available: Math.max(0, product.stock), inCart: line.quantity });
      }
    }
    await tx.cartItem.update({ where: { cartId_productId: { cartId, productId } }, data: { quantity }, select: { id: true } });
    await touch(tx, cartId);
    return { quantity };
  });
}

/** Removes a line; removing what is not there is not an error (a double click, two tabs). */
export async function removeFromCart(cartId: string, productId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.cartItem.deleteMany({ where: { cartId, productId } });
    await touch(tx, cartId);
  });
}

/** Number of units in the cart (the header's count). */
export async function countCartItems(cartId: string): Promise<number> {
  const result = await db.cartItem.aggregate({ where: { cartId }, _sum: { quantity: true } });
  return result._sum.quantity ?? 0;
}

/**
 * Moves a guest cart into the user's: quantities of the same product are summed, then capped by
 * the stock (and 99); the guest cart is deleted. Idempotent and safe under concurrency: the guest
 * cart's deletion is what claims the merge, so a second run (another render, a second tab) finds
 * nothing to do and changes nothing. Returns whether this call merged anything.
 */
export async function mergeGuestCart(guestToken: string, userId: string): Promise<{ merged: boolean }> {
  return db.$transaction(async (tx) => {
    const guest = await tx.cart.findFirst({
      where: { guestToken, userId: null },
      select: { id: true, items: { select: { productId: true, quantity: true, product: { select: { stock: true } } } } },
    });
    if (!guest) return { merged: false };
    // Blocks behind a concurrent merge of the same cart, then finds the row gone: nothing to do.
    const claimed = await tx.cart.deleteMany({ where: { id: guest.id, userId: null } });
    if (claimed.count === 0 || guest.items.length === 0) return { merged: false };

    const cartId = await ensureUserCart(userId, tx);
    const existing = await tx.cartItem.findMany({
      where: { cartId, productId: { in: guest.items.map((item) => item.productId) } },
      select: { productId: true, quantity: true },
    });
    const inUserCart = new Map(existing.map((item) => [item.productId, item.quantity]));
    for (const item of guest.items) {
      const current = inUserCart.get(item.productId);
      const wanted = (current ?? 0) + item.quantity;
      const capped = Math.min(wanted, MAX_LINE_QUANTITY, item.product.stock ?? Number.POSITIVE_INFINITY);
      if (current === undefined) {
        if (capped >= 1) await tx.cartItem.create({ data: { cartId, productId: item.productId, quantity: capped }, select: { id: true } });
      } else if (capped >= 1 && capped !== current) {
        await tx.cartItem.update({
          where: { cartId_productId: { cartId, productId: item.productId } },
          data: { quantity: capped },
          select: { id: true },
        });
      }
    }
    await touch(tx, cartId);
    return { merged: true };
  });
}

export type CartLine = {
  productId: string;
  name: string;
  imageUrl: string | null;
  /** The product's current price, in the shop currency's minor unit. */
  unitAmount: number;
  quantity: number;
  /** null: unlimited. */
  stock: number | null;
  active: boolean;
  lineTotal: number;
};

export type CartShopGroup = {
  shop: { id: string; slug: string; name: string; currency: string; canSell: boolean };
  items: CartLine[];
  subtotal: number;
};

/**
 * A cart by its id, or by whose it is: a user's, or a guest's token (never one already merged
 * into a user's). Reading lines by owner saves looking the cart's id up first.
 */
export type CartKey = string | { userId: string } | { guestToken: string };

function linesOf(cart: CartKey): Prisma.CartItemWhereInput {
  if (typeof cart === "string") return { cartId: cart };
  return "userId" in cart ? { cart: { userId: cart.userId } } : { cart: { guestToken: cart.guestToken, userId: null } };
}

/** What a cart line is read with, in the order lines were added (see groupCartLines). */
export const cartLinesQuery = {
  orderBy: [{ addedAt: "asc" }, { id: "asc" }],
  select: {
    quantity: true,
    product: {
      select: {
        id: true,
        name: true,
        imageUrl: true,
        priceAmount: true,
        stock: true,
        active: true,
        shop: {
          select: {
            id: true,
            slug: true,
            name: true,
            currency: true,
            status: true,
            stripeAccount: { select: { chargesEnabled: true } },
          },
        },
      },
    },
  },
} as const satisfies Prisma.CartItemFindManyArgs;

export type CartLineRow = Prisma.CartItemGetPayload<{ select: (typeof cartLinesQuery)["select"] }>;

/**
 * The cart's lines grouped by shop (each shop is paid on its own: a direct charge has one seller),
 * priced from the products as they are now. Groups and lines keep the order items were added in.
 * One query, whichever way the cart is named.
 */
export async function getCartByShop(cart: CartKey, client: Prisma.TransactionClient = db): Promise<CartShopGroup[]> {
  return groupCartLines(await client.cartItem.findMany({ where: linesOf(cart), ...cartLinesQuery }));
}

/** Lines read with `cartLinesQuery`, grouped by shop and priced. */
export function groupCartLines(rows: CartLineRow[]): CartShopGroup[] {
  const groups = new Map<string, CartShopGroup>();
  for (const { quantity, product } of rows) {
    const { shop } = product;
    let group = groups.get(shop.id);
    if (!group) {
      group = {
        shop: { id: shop.id, slug: shop.slug, name: shop.name, currency: shop.currency, canSell: shopCanSell(shop) },
        items: [],
        subtotal: 0,
      };
      groups.set(shop.id, group);
    }
    const lineTotal = product.priceAmount * quantity;
    group.items.push({
      productId: product.id,
      name: product.name,
      imageUrl: product.imageUrl,
      unitAmount: product.priceAmount,
      quantity,
      stock: product.stock,
      active: product.active,
      lineTotal,
    });
    group.subtotal += lineTotal;
  }
  return [...groups.values()];
}
