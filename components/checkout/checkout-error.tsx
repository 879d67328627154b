import { Alert } from "@/components/ui/alert";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

export type CheckoutErrorCode = keyof Messages["checkout"]["errors"] | keyof Messages["moneyStock"]["checkoutErrors"];
type CheckoutMessages = { checkout: Messages["checkout"]; moneyStock: Messages["moneyStock"] };

export function isCheckoutErrorCode(value: unknown, t: CheckoutMessages): value is CheckoutErrorCode {
  return typeof value === "string" && (value in t.checkout.errors || value in t.moneyStock.checkoutErrors);
}

/** Why a checkout did not start, shown on the cart next to the shop it concerns. */
export function CheckoutError({ code, values, t }: { code: CheckoutErrorCode; values: Record<string, string>; t: CheckoutMessages }) {
  const template = code in t.checkout.errors ? t.checkout.errors[code as keyof Messages["checkout"]["errors"]] : t.moneyStock.checkoutErrors[code as keyof Messages["moneyStock"]["checkoutErrors"]];
  return <Alert tone="error">{interpolate(template, values)}</Alert>;
}
