import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { applicationFee, type FeeSettings } from "@/lib/fees/application-fee";
import { feeBaseSchema, shippingSettingsMinorSchema, type FeeBase, type ShippingSettings } from "@/lib/validations/shipping";

type Client = Prisma.TransactionClient;

/** The rate a cart is offered: the flat rate, or free shipping at or above the shop's threshold. */
export type PlannedShipping = { amount: number; kind: "flat" | "free"; allowedCountries: string[] };

/**
 * What a shop's cart pays for delivery. The shop's settings give one rate per cart (flat, or free
 * above the threshold), so the amount, and with it the application fee on the total, are known
 * when the Checkout Session is created: `application_fee_amount` of a direct charge cannot be
 * changed once the buyer pays. Null: nothing to deliver (digital goods only, or shipping not set up).
 */
export function planShipping(
  physical: boolean,
  shop: { shipsTo: string[]; rate: { flatAmount: number; freeAbove: number | null } | null },
  goodsSubtotal: number,
): PlannedShipping | "not_shipping" | null {
  // A shop that has not set up shipping yet takes orders as before (no address asked): the
  // settings page invites it to; once set, its physical goods always ship.
  if (!physical || !shop.rate) return null;
  if (shop.shipsTo.length === 0) return "not_shipping";
  const free = shop.rate.freeAbove !== null && goodsSubtotal >= shop.rate.freeAbove;
  return { amount: free ? 0 : shop.rate.flatAmount, kind: free ? "free" : "flat", allowedCountries: shop.shipsTo };
}

/** The application fee under the operator's rule: on the goods only, or on goods + shipping. */
export function orderApplicationFee(goods: number, shipping: number, settings: FeeSettings, currency: string, base: FeeBase): number {
  return applicationFee(base === "total" ? goods + shipping : goods, settings, currency);
}

export async function feeBase(client: Client = db): Promise<FeeBase> {
  const row = await client.platformSettings.findUnique({ where: { id: 1 }, select: { feeBase: true } });
  const parsed = feeBaseSchema.safeParse(row?.feeBase);
  return parsed.success ? parsed.data : "goods";
}

export async function setFeeBase(base: FeeBase): Promise<void> {
  const value = feeBaseSchema.parse(base);
  await db.platformSettings.upsert({ where: { id: 1 }, create: { id: 1, feeBase: value }, update: { feeBase: value } });
}

export async function shopShippingRate(shopId: string, currency: string, client: Client = db) {
  return client.shopShippingRate.findUnique({ where: { shopId_currency: { shopId, currency } }, select: { flatAmount: true, freeAbove: true } });
}

/** Saves a shop's countries and its rate in `currency` (validated in minor units). */
export async function saveShippingSettings(shopId: string, currency: string, input: ShippingSettings): Promise<void> {
  const data = shippingSettingsMinorSchema(currency).parse(input);
  await db.$transaction([
    db.shop.update({ where: { id: shopId }, data: { shipsTo: data.shipsTo } }),
    db.shopShippingRate.upsert({
      where: { shopId_currency: { shopId, currency } },
      create: { shopId, currency, flatAmount: data.flatAmount, freeAbove: data.freeAbove },
      update: { flatAmount: data.flatAmount, freeAbove: data.freeAbove },
    }),
  ]);
}
