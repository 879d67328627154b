import { inspectImageUpload, saveImageUpload, type UploadError } from "@/lib/uploads";
import { PRODUCT_IMAGE_MAX_BYTES, productSchema, type ProductData, type ProductField, type ProductInput } from "@/lib/validations/product";
import type { ProductFieldErrors } from "./types";

const IMAGE_ERRORS: Record<UploadError, string> = { tooLarge: "imageTooLarge", unsupportedType: "imageUnsupportedType" };

export type ValidatedProduct = { ok: true; data: ProductData; image: Blob | null } | { ok: false; fieldErrors: ProductFieldErrors };

/** Checks every field (and the image's size and bytes) at once, writing nothing. */
export async function validateProduct(currency: string, input: ProductInput, image?: Blob | null): Promise<ValidatedProduct> {
  const fieldErrors: ProductFieldErrors = {};
  const parsed = productSchema(currency, input.locale).safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "form") as ProductField | "form";
      fieldErrors[field] ??= issue.message;
    }
  }
  const hasImage = image != null && image.size > 0;
  if (hasImage) {
    const inspected = await inspectImageUpload(image, { maxBytes: PRODUCT_IMAGE_MAX_BYTES });
    if (!inspected.ok) fieldErrors.image = IMAGE_ERRORS[inspected.error];
  }
  if (!parsed.success || Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return { ok: true, data: parsed.data, image: hasImage ? image : null };
}

/** Writes an already validated image; returns its public path, or the field error. */
export async function saveProductImage(image: Blob): Promise<{ ok: true; path: string } | { ok: false; fieldErrors: ProductFieldErrors }> {
  const saved = await saveImageUpload(image, { maxBytes: PRODUCT_IMAGE_MAX_BYTES });
  if (!saved.ok) return { ok: false, fieldErrors: { image: IMAGE_ERRORS[saved.error] } };
  return { ok: true, path: saved.path };
}
