import type { ProductField } from "@/lib/validations/product";

/** Field errors are message keys of messages.catalog.errors; `form` is for errors of the whole form. */
export type ProductFieldErrors = Partial<Record<ProductField | "form", string>>;

/**
 * What saving a product answers. `notFound` covers a product that is not this seller's: someone
 * else's product looks exactly like one that does not exist. `noShop`: the seller has no shop yet.
 */
export type ProductSaveResult =
  | { ok: true; productId: string }
  | { ok: false; reason: "invalid"; fieldErrors: ProductFieldErrors }
  | { ok: false; reason: "notFound" }
  | { ok: false; reason: "noShop" };

export type ProductStatusFilter = "active" | "archived" | "all";

export const PRODUCT_STATUS_FILTERS: readonly ProductStatusFilter[] = ["active", "archived", "all"];

export function isProductStatusFilter(value: unknown): value is ProductStatusFilter {
  return typeof value === "string" && (PRODUCT_STATUS_FILTERS as readonly string[]).includes(value);
}
