import { db } from "@/lib/db";

/** Everything the seller dashboard shows from our database (Stripe figures are read live). */
export async function getSellerDashboard(ownerId: string) {
  const shop = await db.shop.findFirst({
    where: { ownerId },
    orderBy: { createdAt: "asc" },
    include: { stripeAccount: true },
  });
  if (!shop) return null;
  const [productCount, paidOrderCount] = await Promise.all([
    db.product.count({ where: { shopId: shop.id, active: true } }),
    db.order.count({ where: { shopId: shop.id, status: { in: ["PAID", "PARTIALLY_REFUNDED", "REFUNDED"] } } }),
  ]);
  return { shop, productCount, paidOrderCount };
}
