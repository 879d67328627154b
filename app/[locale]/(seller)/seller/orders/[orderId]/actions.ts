"use server";

import { z } from "zod";
import { requireRole } from "@/lib/auth/session";
import { logger } from "@/lib/logger";
import { parseAmountToMinor } from "@/lib/money/parse-amount";
import { findSellerShop } from "@/lib/products/seller-shop";
import { refundOrder, type RefundFormState } from "@/lib/orders/refunds";
import { getLocale } from "@/lib/i18n/server";
import { revalidatePath } from "next/cache";

const refundFormSchema = z.object({
  orderId: z.string().min(1).max(64),
  amount: z.string().trim().min(1).max(32),
  confirmFull: z.enum(["on"]).optional(),
});

/**
 * Refund part or all of one of the seller's orders; the amount is parsed on the server. No
 * request id comes from the browser: the idempotency key is derived from the order, so a submit
 * sent again after a failure refunds once. A full refund must be confirmed.
 */
export async function refundOrderAction(_previous: RefundFormState, formData: FormData): Promise<RefundFormState> {
  const user = await requireRole("SELLER", "/seller/orders");
  const parsed = refundFormSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "invalidAmount" };
  const shop = await findSellerShop(user.id);
  if (!shop) return { error: "notRefundable" };
  const amount = parseAmountToMinor(parsed.data.amount, shop.currency, await getLocale());
  if (!amount.ok) return { error: "invalidAmount", amount: parsed.data.amount };
  try {
    const result = await refundOrder(parsed.data.orderId, shop.id, { amount: amount.amount, confirmFull: parsed.data.confirmFull === "on" });
    if (!result.ok) return { error: result.error, message: result.message, amount: parsed.data.amount };
  } catch (error) {
    logger.warn("refund failed", { orderId: parsed.data.orderId, error });
    return { error: "stripe", amount: parsed.data.amount };
  } finally {
    revalidatePath(`/seller/orders/${parsed.data.orderId}`);
  }
  return { ok: true };
}
