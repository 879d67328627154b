import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";

export type FeeSettings = { feeBps: number; feeFixed: number };

const BPS_DIVISOR = 10_000;

/**
 * The platform's fee on a total, in minor units: basis points of the total rounded up (so the
 * platform gains at most one minor unit from rounding), plus the fixed amount, never more than
 * the total. Integer arithmetic only.
 */
export function applicationFee(total: number, { feeBps, feeFixed }: FeeSettings): number {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`total must be a non-negative integer, got ${total}`);
  if (total === 0) return 0;
  const percentage = Math.floor((total * feeBps + BPS_DIVISOR - 1) / BPS_DIVISOR);
  return Math.min(total, percentage + feeFixed);
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
