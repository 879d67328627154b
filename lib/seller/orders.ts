import { db } from "@/lib/db";

export const SELLER_ORDERS_PAGE_SIZE = 20;

/** What the seller keeps of an order: paid minus refunded, minus the platform's fee not given back. */
export function sellerNet(order: { subtotalAmount: number; applicationFeeAmount: number; amountRefunded: number; applicationFeeRefunded: number }) {
  return order.subtotalAmount - order.amountRefunded - (order.applicationFeeAmount - order.applicationFeeRefunded);
}

export async function listSellerOrders(shopId: string, page: number) {
  const where = { shopId, status: { notIn: ["CANCELED" as const] } };
  const [orders, total] = await Promise.all([
    db.order.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * SELLER_ORDERS_PAGE_SIZE,
      take: SELLER_ORDERS_PAGE_SIZE,
      include: { buyer: { select: { email: true } } },
    }),
    db.order.count({ where }),
  ]);
  return { orders, total, pages: Math.max(1, Math.ceil(total / SELLER_ORDERS_PAGE_SIZE)) };
}

export function getSellerOrder(shopId: string, orderId: string) {
  return db.order.findFirst({
    where: { id: orderId, shopId },
    include: { items: true, refunds: { orderBy: { createdAt: "asc" } }, buyer: { select: { email: true, name: true } } },
  });
}
