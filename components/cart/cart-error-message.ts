import type { Translator } from "@/lib/i18n/translator";
import type { CartErrorCode } from "@/lib/cart/errors";

/** The sentence for a refused cart change, with the stock figures when there are some. */
export function cartErrorMessage(
  error: { code: CartErrorCode; available?: number; inCart?: number },
  t: Translator<"storefront.errors">,
): string {
  if (error.code === "insufficient_stock") {
    const available = error.available ?? 0;
    const inCart = error.inCart ?? 0;
    if (available === 0) return t("sold_out");
    return t(inCart > 0 ? "insufficient_stock_in_cart" : "insufficient_stock", { available, inCart });
  }
  return t(`${error.code}`);
}
