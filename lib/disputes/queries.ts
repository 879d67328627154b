import { db } from "@/lib/db";
import { CLOSED_DISPUTE_STATUSES } from "./apply-dispute";

/** Operators' figures: open disputes, and the money lost to disputes per currency. */
export async function disputeFigures() {
  const [open, lost] = await Promise.all([
    db.dispute.count({ where: { status: { notIn: CLOSED_DISPUTE_STATUSES } } }),
    db.dispute.groupBy({ by: ["currency"], where: { status: "lost" }, _sum: { amount: true }, _count: true, orderBy: { currency: "asc" } }),
  ]);
  return { open, lost: lost.map((row) => ({ currency: row.currency, amount: row._sum.amount ?? 0, count: row._count })) };
}

/** Open disputes per shop (the accounts page). */
export async function openDisputesByShop(): Promise<Map<string, number>> {
  const rows = await db.dispute.findMany({ where: { status: { notIn: CLOSED_DISPUTE_STATUSES } }, select: { order: { select: { shopId: true } } } });
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.order.shopId, (counts.get(row.order.shopId) ?? 0) + 1);
  return counts;
}

/** The latest dispute of an order (the seller's banner, the buyer's order page). */
export function latestDispute(orderId: string) {
  return db.dispute.findFirst({ where: { orderId }, orderBy: { createdAt: "desc" } });
}

/** Open disputes, soonest deadline first (the operators' overview). */
export function openDisputes(take = 20) {
  return db.dispute.findMany({
    where: { status: { notIn: CLOSED_DISPUTE_STATUSES } },
    orderBy: [{ evidenceDueBy: "asc" }, { createdAt: "asc" }],
    take,
    include: { order: { select: { id: true, shop: { select: { name: true } } } } },
  });
}
