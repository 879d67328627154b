import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { requestSessionClaims } from "@/lib/auth/session-cookie";
import { logger } from "@/lib/logger";
import {
  countCartItems,
  createGuestCart,
  ensureUserCart,
  findGuestCartId,
  findUserCartId,
  getCartByShop,
  groupCartLines,
  mergeGuestCart,
  newGuestToken,
  parseGuestToken,
  type CartShopGroup,
} from "./store";
import { signedInCartLines } from "./signed-in-lines";

// The cart of the request: the signed-in user's, else the guest's (keyed by the random token in
// the `cart` cookie). Cookies can only be written by actions and route handlers, so a render that
// finds a signed-in user with a guest cookie merges the guest cart in the database (idempotent)
// and leaves the stale cookie for the next action to delete.

export const CART_COOKIE = "cart";
const CART_COOKIE_MAX_AGE = 60 * 60 * 24 * 60; // 60 days, renewed by every change

function cookieOptions() {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: (process.env.APP_URL ?? "").startsWith("https://"),
    path: "/",
    maxAge: CART_COOKIE_MAX_AGE,
  };
}

async function readGuestToken(): Promise<string | null> {
  return parseGuestToken((await cookies()).get(CART_COOKIE)?.value);
}

async function mergeQuietly(guestToken: string, userId: string): Promise<void> {
  try {
    await mergeGuestCart(guestToken, userId);
  } catch (error) {
    unstable_rethrow(error);
    // The guest cart stays where it is; the next render or action tries again.
    logger.error("cart merge failed", { userId, error });
  }
}

/**
 * The id of this request's cart, or null when there is none yet. For a signed-in user holding a
 * guest cookie, the guest cart is merged into theirs first. Safe to call during render; cached
 * per request.
 */
export const getCurrentCartId = cache(async (): Promise<string | null> => {
  const [user, guestToken] = await Promise.all([getCurrentUser(), readGuestToken()]);
  if (user) {
    if (guestToken) await mergeQuietly(guestToken, user.id);
    return findUserCartId(user.id);
  }
  return guestToken ? findGuestCartId(guestToken) : null;
});

/**
 * This request's cart, grouped by shop (empty when there is none), for the cart page: the same
 * cart as `getCurrentCartId`'s. A signed-in user's lines are read with their session's check in
 * one query (the row must still be live, as for getCurrentUser); with a guest cookie as well, the
 * guest cart is merged first.
 */
export const getCurrentCart = cache(async (): Promise<CartShopGroup[]> => {
  const [claims, guestToken] = await Promise.all([requestSessionClaims(), readGuestToken()]);
  if (claims && !guestToken) {
    return groupCartLines(await signedInCartLines(claims));
  }
  const user = claims ? await getCurrentUser() : null;
  if (user) {
    await mergeQuietly(guestToken!, user.id);
    return getCartByShop({ userId: user.id });
  }
  return guestToken ? getCartByShop({ guestToken }) : [];
});

/** Units in this request's cart, for the header; 0 when the count cannot be read. */
export const getCurrentCartCount = cache(async (): Promise<number> => {
  try {
    const cartId = await getCurrentCartId();
    return cartId ? await countCartItems(cartId) : 0;
  } catch (error) {
    unstable_rethrow(error); // Next's own signals (dynamic rendering during a build) are not failures
    logger.error("cart count failed", { error });
    return 0;
  }
});

/**
 * For server actions and route handlers only (it writes cookies): the cart to change, with any
 * guest cart merged and its cookie dropped once the user is signed in. With `create`, a missing
 * cart is created (a guest gets a new token cookie); without, null is returned. A guest's cookie
 * is renewed, so the cart lives 60 days after its last change.
 */
export async function resolveCartForAction({ create }: { create: boolean }): Promise<string | null> {
  const [user, store] = await Promise.all([getCurrentUser(), cookies()]);
  const guestToken = parseGuestToken(store.get(CART_COOKIE)?.value);
  if (user) {
    if (guestToken) await mergeGuestCart(guestToken, user.id);
    if (store.has(CART_COOKIE)) store.delete(CART_COOKIE);
    return create ? ensureUserCart(user.id) : findUserCartId(user.id);
  }
  const existing = guestToken ? await findGuestCartId(guestToken) : null;
  if (existing) {
    store.set(CART_COOKIE, guestToken!, cookieOptions());
    return existing;
  }
  if (!create) return null;
  // A new token rather than reusing the cookie's: a merged cart's token is never brought back.
  const token = newGuestToken();
  const cartId = await createGuestCart(token);
  store.set(CART_COOKIE, token, cookieOptions());
  return cartId;
}
