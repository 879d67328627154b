"use server";

import { refresh } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/server";
import { createProduct } from "@/lib/products/create-product";
import type { ProductSaveResult } from "@/lib/products/types";
import { productInputFromForm } from "@/lib/products/product-form-data";

/**
 * Adds a product to the signed-in seller's shop from the form's FormData (the image travels as a
 * File). Errors come back as message keys; unexpected failures are logged and answered with
 * `unexpected`, without internals.
 */
export async function createProductAction(form: FormData): Promise<ProductSaveResult> {
  const user = await getCurrentUser();
  if (!user || user.role !== "SELLER") return { ok: false, reason: "invalid", fieldErrors: { form: "notSignedIn" } };
  try {
    const { input, image } = productInputFromForm(form, await getLocale());
    const result = await createProduct(user.id, input, image);
    if (result.ok) refresh(); // the current page; cached catalogue pages were invalidated by lib/cache/catalogue.ts
    return result;
  } catch (error) {
    console.error("createProductAction failed", { userId: user.id }, error);
    return { ok: false, reason: "invalid", fieldErrors: { form: "unexpected" } };
  }
}
