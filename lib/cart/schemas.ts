import { z } from "zod";

/** Most units of one product in a cart line (and the product page's selector). */
export const MAX_LINE_QUANTITY = 99;

// cuid()s are 25 characters; the bound only keeps garbage out of queries.
const productIdSchema = z.string().trim().min(1).max(64);

export const addToCartSchema = z.object({
  productId: productIdSchema,
  quantity: z.coerce.number().int().min(1).max(MAX_LINE_QUANTITY).default(1),
});

export const updateCartItemSchema = z.object({
  productId: productIdSchema,
  // 0 removes the line.
  quantity: z.coerce.number().int().min(0).max(MAX_LINE_QUANTITY),
});

export const removeCartItemSchema = z.object({ productId: productIdSchema });

/**
 * A cart line's form (components/cart/line-form.tsx): its remove button sends `intent=remove`
 * (whatever the quantity field holds); otherwise, Enter in the field included, an update.
 */
export const changeCartLineSchema = z.union([
  removeCartItemSchema.extend({ intent: z.literal("remove") }),
  updateCartItemSchema.extend({ intent: z.literal("update").default("update") }),
]);

export type AddToCartInput = z.infer<typeof addToCartSchema>;
export type UpdateCartItemInput = z.infer<typeof updateCartItemSchema>;
