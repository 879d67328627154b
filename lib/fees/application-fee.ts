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

/** The fee that applies to a shop's new checkouts: its own override, field by field, else the platform's. */
export async function feeSettingsForShop(
  shop: { feeBps: number | null; feeFixed: number | null },
  client: Prisma.TransactionClient = db,
): Promise<FeeSettings> {
  const platform = await client.platformSettings.findUnique({ where: { id: 1 } });
  return {
    feeBps: shop.feeBps ?? platform?.feeBps ?? 0,
    feeFixed: shop.feeFixed ?? platform?.feeFixed ?? 0,
  };
}
