import { useTranslations } from "next-intl";
import type { Translator } from "@/lib/i18n/translator";
import { Alert } from "@/components/ui/alert";
import type { Messages } from "@/lib/i18n/messages";

export type CheckoutErrorCode = keyof Messages["checkout"]["errors"];

export function isCheckoutErrorCode(value: unknown, t: Translator<"checkout">): value is CheckoutErrorCode {
  return typeof value === "string" && t.has(`errors.${value}` as never);
}

/** Why a checkout did not start, shown on the cart next to the shop it concerns. */
export function CheckoutError({ code, product }: { code: CheckoutErrorCode; product?: string; }) {
  const t = useTranslations("checkout");
  return <Alert tone="error">{t(`errors.${code}`, { product: product ?? "" })}</Alert>;
}
