import type { Prisma } from "@/generated/prisma/client";
import { invalidateCatalogue } from "@/lib/cache/catalogue";

export class OutOfStockError extends Error {
  constructor(readonly productName: string) {
    super(`Not enough stock for ${productName}`);
    this.name = "OutOfStockError";
  }
}

/**
 * Takes `quantity` units off the shelf, or throws. One conditional UPDATE: PostgreSQL re-checks
 * `stock >= quantity` on the row it locks, so buyers racing for the last units can never take
 * more than there is (and a CHECK constraint keeps stock >= 0 regardless).
 */
export async function reserveStock(tx: Prisma.TransactionClient, item: { productId: string; name: string; quantity: number }) {
  const taken = await tx.product.updateMany({
    where: { id: item.productId, stock: { gte: item.quantity } },
    data: { stock: { decrement: item.quantity } },
  });
  if (taken.count === 1) return;
  const product = await tx.product.findUnique({ where: { id: item.productId }, select: { stock: true } });
  if (product && product.stock === null) return; // unlimited
  throw new OutOfStockError(item.name);
}

/** Puts an order's reserved units back, once (the order's stockReleasedAt says it happened). */
export async function releaseOrderStock(tx: Prisma.TransactionClient, orderId: string): Promise<boolean> {
  const claimed = await tx.order.updateMany({ where: { id: orderId, stockReleasedAt: null }, data: { stockReleasedAt: new Date() } });
  if (claimed.count === 0) return false;
  const items = await tx.orderItem.findMany({ where: { orderId, productId: { not: null } }, select: { productId: true, quantity: true } });
  for (const item of items) {
    await tx.product.updateMany({ where: { id: item.productId!, stock: { not: null } }, data: { stock: { increment: item.quantity } } });
  }
  // Recorded with the release (same transaction): a sold-out product is for sale again on the cached pages.
  await invalidateCatalogue({ productIds: items.map((item) => item.productId!) }, tx);
  return true;
}
