import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { amountCells, amountColumns, csvLine } from "./csv";
import type { LedgerFilters } from "./ledger";

const CSV_BATCH = 500;
const DAY_MS = 86_400_000;

export const ORDERS_CSV_COLUMNS = [
  "order_id",
  "created_at",
  "paid_at",
  "status",
  "shop_id",
  "shop_name",
  "buyer_email",
  "currency",
  ...amountColumns("subtotal"),
  ...amountColumns("application_fee"),
  ...amountColumns("refunded"),
  ...amountColumns("application_fee_refunded"),
  "checkout_session_id",
  "payment_intent_id",
] as const;

/** Orders as CSV (same shop and period filters as the ledger, on the order's creation date), oldest first, in batches. */
export async function* ordersCsv(filters: LedgerFilters): AsyncGenerator<string> {
  yield csvLine(ORDERS_CSV_COLUMNS);
  const created: Prisma.DateTimeFilter = {};
  if (filters.from) created.gte = filters.from;
  if (filters.to) created.lt = new Date(filters.to.getTime() + DAY_MS);
  const where: Prisma.OrderWhereInput = {
    ...(filters.shopId ? { shopId: filters.shopId } : {}),
    ...(filters.from || filters.to ? { createdAt: created } : {}),
  };
  let cursor: string | undefined;
  for (;;) {
    const orders = await db.order.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: CSV_BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: {
        id: true,
        createdAt: true,
        paidAt: true,
        status: true,
        currency: true,
        subtotalAmount: true,
        applicationFeeAmount: true,
        amountRefunded: true,
        applicationFeeRefunded: true,
        checkoutSessionId: true,
        paymentIntentId: true,
        guestEmail: true,
        buyer: { select: { email: true } },
        shop: { select: { id: true, name: true } },
      },
    });
    if (orders.length === 0) return;
    let chunk = "";
    for (const order of orders) {
      chunk += csvLine([
        order.id,
        order.createdAt,
        order.paidAt,
        order.status,
        order.shop.id,
        order.shop.name,
        order.buyer?.email ?? order.guestEmail,
        order.currency,
        ...amountCells(order.subtotalAmount, order.currency),
        ...amountCells(order.applicationFeeAmount, order.currency),
        ...amountCells(order.amountRefunded, order.currency),
        ...amountCells(order.applicationFeeRefunded, order.currency),
        order.checkoutSessionId,
        order.paymentIntentId,
      ]);
    }
    yield chunk;
    cursor = orders.at(-1)!.id;
    if (orders.length < CSV_BATCH) return;
  }
}
