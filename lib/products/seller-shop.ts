import { cache } from "react";
import { db } from "@/lib/db";

/**
 * The seller's shop (a seller has one) with its connected account, or null. Cached per request:
 * the seller layout, its pages and their actions all ask for it.
 */
export const findSellerShop = cache((ownerId: string) =>
  db.shop.findFirst({
    where: { ownerId },
    orderBy: { createdAt: "asc" },
    include: { stripeAccount: true },
  }),
);

export type SellerShop = NonNullable<Awaited<ReturnType<typeof findSellerShop>>>;
