import { Alert } from "@/components/ui/alert";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

export type CheckoutErrorCode = keyof Messages["checkout"]["errors"];

export function isCheckoutErrorCode(value: unknown, t: Messages["checkout"]): value is CheckoutErrorCode {
  return typeof value === "string" && value in t.errors;
}

/** Why a checkout did not start, shown on the cart next to the shop it concerns. */
export function CheckoutError({ code, product, t }: { code: CheckoutErrorCode; product?: string; t: Messages["checkout"] }) {
  return <Alert tone="error">{interpolate(t.errors[code], { product: product ?? "" })}</Alert>;
}
