import { db } from "@/lib/db";
import { PAID_STATUSES } from "@/lib/orders/transitions";
import { findSellerShop } from "@/lib/products/seller-shop";

/** Everything the seller dashboard shows from our database (Stripe figures are read live). */
export async function getSellerDashboard(ownerId: string) {
  const shop = await findSellerShop(ownerId);
  if (!shop) return null;
  const [productCount, paidOrderCount] = await Promise.all([
    db.product.count({ where: { shopId: shop.id, active: true } }),
    db.order.count({ where: { shopId: shop.id, status: { in: [...PAID_STATUSES] } } }),
  ]);
  return { shop, productCount, paidOrderCount };
}
