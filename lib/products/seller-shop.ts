import { db } from "@/lib/db";

/** The seller's shop (a seller has one), with what the catalogue needs, or null. */
export function findSellerShop(ownerId: string) {
  return db.shop.findFirst({
    where: { ownerId },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, currency: true },
  });
}

export type SellerShop = NonNullable<Awaited<ReturnType<typeof findSellerShop>>>;
