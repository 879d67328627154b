import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";

/** Issue 15's messages outside React (emails, Stripe display names, the dispute summary). */
export function shippingTranslator(locale: Locale) {
  return createTranslator({ locale, messages: messages[locale], namespace: "shipping" });
}
