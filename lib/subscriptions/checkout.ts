import type { RecurringInterval } from "@/generated/prisma/enums";
import type { FeeSettings } from "@/lib/fees/application-fee";
import { feePercentFromBps, subscriptionFee } from "./fee";

type MaybeRecurring = { recurringInterval: RecurringInterval | null; recurringIntervalCount: number | null };

/** A product's billing period, or null when it is sold once. */
export function recurringOf(product: MaybeRecurring): { interval: RecurringInterval; intervalCount: number } | null {
  return product.recurringInterval && product.recurringIntervalCount ? { interval: product.recurringInterval, intervalCount: product.recurringIntervalCount } : null;
}

/**
 * The fee of a shop's cart that holds a recurring item (null: the cart is paid once, with the
 * usual fee). The first invoice carries every line, so its fee is the percent of the subtotal.
 */
export function subscriptionCartFee(products: MaybeRecurring[], subtotal: number, settings: FeeSettings): number | null {
  if (!products.some((p) => recurringOf(p))) return null;
  return subscriptionFee(subtotal, feePercentFromBps(settings.feeBps));
}
