import type Stripe from "stripe";
import type { Locale } from "@/lib/i18n/config";
import { shippingTranslator } from "@/lib/i18n/shipping-translator";

export type SessionShipping = { allowedCountries: string[]; amount: number; locale: Locale };

/**
 * The Checkout Session's shipping part: the countries the shop ships to and the one rate this
 * cart is offered (flat, or free above the threshold), as inline `shipping_rate_data`.
 */
export function shippingSessionParams(
  shipping: SessionShipping,
  currency: string,
  { withRate }: { withRate: boolean },
): Pick<Stripe.Checkout.SessionCreateParams, "shipping_address_collection" | "shipping_options"> {
  const t = shippingTranslator(shipping.locale);
  const shipping_address_collection = { allowed_countries: shipping.allowedCountries as Stripe.Checkout.SessionCreateParams.ShippingAddressCollection.AllowedCountry[] };
  // Stripe accepts shipping_options in payment mode only: a subscription session asks the address alone.
  if (!withRate) return { shipping_address_collection };
  return {
    shipping_address_collection,
    shipping_options: [
      {
        shipping_rate_data: {
          type: "fixed_amount",
          display_name: shipping.amount === 0 ? t("rateFree") : t("rateFlat"),
          fixed_amount: { amount: shipping.amount, currency },
        },
      },
    ],
  };
}
