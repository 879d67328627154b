import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { roundToStep } from "@/lib/money/currencies";

export type FeeSettings = { feeBps: number; feeFixed: number };

const BPS_DIVISOR = 10_000;

/**
 * The platform's fee on a total, in minor units of `currency`: basis points of the total rounded
 * up (to the currency's chargeable step: a multiple of 10 in three-decimal currencies), plus the
 * fixed amount of that currency, never more than the total. Integer arithmetic only.
 */
export function applicationFee(total: number, { feeBps, feeFixed }: FeeSettings, currency = "eur"): number {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`total must be a non-negative integer, got ${total}`);
  if (total === 0) return 0;
  const percentage = roundToStep(Math.floor((total * feeBps + BPS_DIVISOR - 1) / BPS_DIVISOR), currency, "up");
  return Math.min(total, percentage + roundToStep(feeFixed, currency, "up"));
}

export type ShopFeeOverride = { feeBps: number | null; feeFixed: number | null; feeFixedCurrency: string | null };

/**
 * The fee that applies to a shop's new checkouts in `currency`: the shop's own override, field by
 * field, else the platform's. A fixed amount only applies in its own currency: a shop override in
 * another currency, or a currency the platform set no fixed fee for, means no fixed part.
 */
export async function feeSettingsForShop(shop: ShopFeeOverride, currency: string, client: Prisma.TransactionClient = db): Promise<FeeSettings> {
  const code = currency.toLowerCase();
  const [platform, fixed] = await Promise.all([
    client.platformSettings.findUnique({ where: { id: 1 }, select: { feeBps: true } }),
    shop.feeFixed !== null && shop.feeFixedCurrency === code ? null : client.platformFixedFee.findUnique({ where: { currency: code } }),
  ]);
  return {
    feeBps: shop.feeBps ?? platform?.feeBps ?? 0,
    feeFixed: shop.feeFixed !== null && shop.feeFixedCurrency === code ? shop.feeFixed : (fixed?.amount ?? 0),
  };
}
