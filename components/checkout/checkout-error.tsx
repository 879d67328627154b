import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { Messages } from "@/lib/i18n/messages";
import { translateKnown, type Translator } from "@/lib/i18n/translator";

export type CheckoutErrorCode =
  | keyof Messages["checkout"]["errors"]
  | keyof Messages["moneyStock"]["checkoutErrors"]
  | keyof Messages["security"]["checkoutErrors"]
  | keyof Messages["subscriptions"]["checkoutErrors"];

// A code is one of the checkout's own errors, of the money & stock rules' or of the security limits'.
const keysOf = (code: string) => [
  `checkout.errors.${code}`,
  `moneyStock.checkoutErrors.${code}`,
  `security.checkoutErrors.${code}`,
  `subscriptions.checkoutErrors.${code}`,
];

export function isCheckoutErrorCode(value: unknown, t: Translator): value is CheckoutErrorCode {
  return typeof value === "string" && keysOf(value).some((key) => t.has(key as never));
}

/** Why a checkout did not start, shown on the cart next to the shop it concerns. */
export function CheckoutError({ code, values }: { code: CheckoutErrorCode; values: Record<string, string> }) {
  const t = useTranslations();
  const key = keysOf(code).find((candidate) => t.has(candidate as never));
  return <Alert tone="error">{key ? translateKnown(t, key, values) : code}</Alert>;
}
