import { db } from "@/lib/db";
import { lostAmount } from "@/lib/disputes/figures";

export const SELLER_ORDERS_PAGE_SIZE = 20;

/** What the seller keeps of an order: paid minus refunded, minus the platform's fee not given back, minus lost disputes. */
export function sellerNet(order: {
  subtotalAmount: number;
  shippingAmount?: number;
  applicationFeeAmount: number;
  amountRefunded: number;
  applicationFeeRefunded: number;
  disputes?: { status: string; amount: number }[];
}) {
  // Shipping is the seller's too (issue 15): the buyer paid it on the seller's account; a lost
  // dispute took the disputed amount back from that account.
  return order.subtotalAmount + (order.shippingAmount ?? 0) - order.amountRefunded - (order.applicationFeeAmount - order.applicationFeeRefunded) - lostAmount(order.disputes);
}

/** The disputes a seller's order figures need (lost ones are subtracted). */
const DISPUTE_AMOUNTS = { select: { status: true, amount: true } } as const;

/** "to_ship": paid orders with physical goods the seller has not marked yet (issue 15). */
export type SellerOrderFilter = "all" | "to_ship";

export async function listSellerOrders(shopId: string, page: number, filter: SellerOrderFilter = "all") {
  const where =
    filter === "to_ship"
      ? { shopId, status: { in: ["PAID" as const, "PARTIALLY_REFUNDED" as const] }, requiresShipping: true, fulfilmentStatus: null }
      : { shopId, status: { notIn: ["CANCELED" as const] } };
  const [orders, total] = await Promise.all([
    db.order.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * SELLER_ORDERS_PAGE_SIZE,
      take: SELLER_ORDERS_PAGE_SIZE,
      include: { buyer: { select: { email: true } }, disputes: DISPUTE_AMOUNTS },
    }),
    db.order.count({ where }),
  ]);
  return { orders, total, pages: Math.max(1, Math.ceil(total / SELLER_ORDERS_PAGE_SIZE)) };
}

export function getSellerOrder(shopId: string, orderId: string) {
  return db.order.findFirst({
    where: { id: orderId, shopId },
    include: { items: true, refunds: { orderBy: { createdAt: "asc" } }, buyer: { select: { email: true, name: true } }, disputes: DISPUTE_AMOUNTS },
  });
}
