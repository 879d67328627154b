import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import type { CartErrorCode } from "@/lib/cart/errors";

/** The sentence for a refused cart change, with the stock figures when there are some. */
export function cartErrorMessage(
  error: { code: CartErrorCode; available?: number; inCart?: number },
  t: Messages["storefront"]["errors"],
): string {
  if (error.code === "insufficient_stock") {
    const available = error.available ?? 0;
    const inCart = error.inCart ?? 0;
    if (available === 0) return t.sold_out;
    return interpolate(inCart > 0 ? t.insufficient_stock_in_cart : t.insufficient_stock, { available, inCart });
  }
  return t[error.code];
}
