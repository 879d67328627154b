import { db } from "@/lib/db";

/** One of the seller's products for the edit form, or null (also for another seller's product). */
export function getSellerProduct(ownerId: string, productId: string) {
  return db.product.findFirst({
    where: { id: productId, shop: { ownerId } },
    select: {
      id: true,
      name: true,
      description: true,
      priceAmount: true,
      digital: true,
      currency: true,
      imageUrl: true,
      stock: true,
      active: true,
      recurringInterval: true,
      recurringIntervalCount: true,
      shop: { select: { id: true, name: true, currency: true } },
      _count: { select: { orderItems: true } },
    },
  });
}

export type SellerProduct = NonNullable<Awaited<ReturnType<typeof getSellerProduct>>>;
