import { db } from "@/lib/db";

/** A guest cart's cookie lives 60 days, renewed by every change (lib/cart/current.ts). */
const GUEST_CART_LIFETIME_MS = 60 * 24 * 60 * 60 * 1000;

/** Guest carts nobody can reach any more (their cookie has expired); their items go with them. */
export async function pruneStaleGuestCarts(now = new Date()): Promise<number> {
  const { count } = await db.cart.deleteMany({ where: { userId: null, updatedAt: { lt: new Date(now.getTime() - GUEST_CART_LIFETIME_MS) } } });
  return count;
}
