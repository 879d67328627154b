import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { PAID_STATUSES } from "@/lib/orders/transitions";

/**
 * Money lost to disputes. With direct charges a lost dispute takes the disputed amount back from
 * the seller's account: the buyer's bank returned it. Our figures subtract it wherever they show
 * what a sale brought in (the seller's net, the operator's net volume). Stripe's dispute fee is
 * not in our database and is not counted.
 */
export const LOST = "lost";

/** Lost dispute amounts per currency, of the orders `orders` selects (the overview's counted orders). */
export async function lostDisputesByCurrency(orders: Prisma.OrderWhereInput): Promise<Map<string, number>> {
  const rows = await db.dispute.groupBy({
    by: ["currency"],
    where: { status: LOST, order: orders },
    _sum: { amount: true },
    orderBy: { currency: "asc" },
  });
  return new Map(rows.map((row) => [row.currency, row._sum.amount ?? 0]));
}

/** One order's lost dispute amount, from its disputes as included by the seller's queries. */
export function lostAmount(disputes: { status: string; amount: number }[] | undefined): number {
  return (disputes ?? []).filter((d) => d.status === LOST).reduce((sum, d) => sum + d.amount, 0);
}

export type SellerTotals = { currency: string; gross: number; refunded: number; fees: number; lostToDisputes: number; net: number; orders: number };

/**
 * The seller's figures over all paid orders (PAID_STATUSES): gross = goods + shipping paid on
 * their account; net = gross − refunds − the platform's fees kept − lost disputes.
 */
export async function sellerTotals(shopId: string): Promise<SellerTotals[]> {
  const where = { shopId, status: { in: [...PAID_STATUSES] } };
  const [orders, lost] = await Promise.all([
    db.order.groupBy({
      by: ["currency"],
      where,
      _sum: { subtotalAmount: true, shippingAmount: true, amountRefunded: true, applicationFeeAmount: true, applicationFeeRefunded: true },
      _count: { _all: true },
      orderBy: { currency: "asc" },
    }),
    db.dispute.groupBy({ by: ["currency"], where: { status: LOST, order: where }, _sum: { amount: true }, orderBy: { currency: "asc" } }),
  ]);
  return orders.map((row) => {
    const gross = (row._sum.subtotalAmount ?? 0) + (row._sum.shippingAmount ?? 0);
    const refunded = row._sum.amountRefunded ?? 0;
    const fees = (row._sum.applicationFeeAmount ?? 0) - (row._sum.applicationFeeRefunded ?? 0);
    const lostToDisputes = lost.find((l) => l.currency === row.currency)?._sum.amount ?? 0;
    return { currency: row.currency, gross, refunded, fees, lostToDisputes, net: gross - refunded - fees - lostToDisputes, orders: row._count._all };
  });
}
