"use server";

import { refresh } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/server";
import type { ProductSaveResult } from "@/lib/products/types";
import { updateProduct } from "@/lib/products/update-product";
import { productInputFromForm } from "@/lib/products/product-form-data";

/**
 * Saves the edit form of one of the signed-in seller's products. The product id is bound by the
 * page, but ownership is checked again here, against the session: a forged id answers notFound.
 */
export async function updateProductAction(productId: string, form: FormData): Promise<ProductSaveResult> {
  const user = await getCurrentUser();
  if (!user || user.role !== "SELLER") return { ok: false, reason: "invalid", fieldErrors: { form: "notSignedIn" } };
  try {
    const { input, image } = productInputFromForm(form, await getLocale());
    const result = await updateProduct(user.id, String(productId), input, image);
    if (result.ok) refresh(); // the current page; cached catalogue pages were invalidated by lib/cache/catalogue.ts
    return result;
  } catch (error) {
    console.error("updateProductAction failed", { userId: user.id, productId }, error);
    return { ok: false, reason: "invalid", fieldErrors: { form: "unexpected" } };
  }
}
