"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import type { CartActionState } from "@/lib/cart/action-state";
import { CartError, cartErrorStatus, type CartErrorCode } from "@/lib/cart/errors";
import { resolveCartForAction } from "@/lib/cart/current";
import { addToCartSchema, changeCartLineSchema } from "@/lib/cart/schemas";
import { addToCart, countCartItems, removeFromCart, setCartItemQuantity } from "@/lib/cart/store";
import { logger } from "@/lib/logger";


function fields(form: FormData): Record<string, FormDataEntryValue> {
  return Object.fromEntries([...form.entries()].filter(([key]) => !key.startsWith("$ACTION")));
}

function failure(code: CartErrorCode, detail: { available?: number; inCart?: number } = {}): CartActionState {
  return { status: "error", code, httpStatus: cartErrorStatus(code), ...detail, at: Date.now() };
}

/**
 * Parses the form with zod, runs the change on this request's cart, refreshes the pages (the
 * header's count included), and turns refusals into `{ status: "error", code, httpStatus }` for
 * the form to show. Unexpected failures are logged and answered with `unexpected` (500).
 */
async function runCartAction<S extends z.ZodType>(
  name: string,
  schema: S,
  form: FormData,
  options: { create: boolean },
  change: (cartId: string, input: z.infer<S>) => Promise<{ productId: string; quantity: number }>,
): Promise<CartActionState> {
  const parsed = schema.safeParse(fields(form));
  if (!parsed.success) return failure("invalid");
  try {
    const cartId = await resolveCartForAction(options);
    if (!cartId) return failure("not_found");
    const { productId, quantity } = await change(cartId, parsed.data);
    // The cart page shows the change; cached catalogue pages are untouched (the header's count is
    // fetched by its island, which the form tells).
    refresh();
    return { status: "ok", productId, quantity, cartCount: await countCartItems(cartId), at: Date.now() };
  } catch (error) {
    if (error instanceof CartError) return failure(error.code, error.detail);
    logger.error(`${name} failed`, { error });
    return failure("unexpected");
  }
}

export async function addToCartAction(_previous: CartActionState, form: FormData): Promise<CartActionState> {
  return runCartAction("addToCartAction", addToCartSchema, form, { create: true }, async (cartId, input) => {
    await addToCart(cartId, input.productId, input.quantity);
    // The confirmation says how many were just added, not the line's total.
    return { productId: input.productId, quantity: input.quantity };
  });
}

/** A cart line's form: a new quantity (0 removes the line), or its removal. */
export async function changeCartLineAction(_previous: CartActionState, form: FormData): Promise<CartActionState> {
  return runCartAction("changeCartLineAction", changeCartLineSchema, form, { create: false }, async (cartId, input) => {
    if (input.intent === "remove") {
      await removeFromCart(cartId, input.productId);
      return { productId: input.productId, quantity: 0 };
    }
    const { quantity } = await setCartItemQuantity(cartId, input.productId, input.quantity);
    return { productId: input.productId, quantity };
  });
}
