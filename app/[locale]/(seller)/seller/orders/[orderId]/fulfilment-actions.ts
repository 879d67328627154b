"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireRole } from "@/lib/auth/session";
import { findSellerShop } from "@/lib/products/seller-shop";
import { markFulfilment } from "@/lib/shipping/fulfilment";
import type { FulfilmentFormState } from "@/components/shipping/fulfilment-form";

const orderIdSchema = z.string().min(1).max(64);

/** The seller marks one of their orders shipped (carrier, tracking), delivered or ready for pickup. */
export async function fulfilmentAction(_previous: FulfilmentFormState, formData: FormData): Promise<FulfilmentFormState> {
  const user = await requireRole("SELLER", "/seller/orders");
  const orderId = orderIdSchema.safeParse(formData.get("orderId"));
  const shop = await findSellerShop(user.id);
  if (!orderId.success || !shop) return { error: "notFulfillable" };
  const result = await markFulfilment(shop.id, orderId.data, {
    status: formData.get("status"),
    carrier: formData.get("carrier") ?? undefined,
    trackingNumber: formData.get("trackingNumber") ?? undefined,
  });
  revalidatePath(`/seller/orders/${orderId.data}`);
  if (result.ok) return { ok: true };
  return result.error === "invalid" ? { error: "invalid", message: result.message, field: result.field } : { error: "notFulfillable" };
}
