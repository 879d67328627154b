import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { OrderStatus } from "@/generated/prisma/enums";
import { pageCount, pageOffset } from "./pagination";

export const ORDERS_PAGE_SIZE = 20;
export const ORDER_STATUSES = Object.values(OrderStatus);

export function isOrderStatus(value: unknown): value is OrderStatus {
  return typeof value === "string" && (ORDER_STATUSES as string[]).includes(value);
}

export type OrderSearch = { q: string; status: OrderStatus | null; shopId: string | null; page: number };

/**
 * One search box for an order id fragment (ids are lower-case; the UI shows the last 8 characters
 * upper-case, so the query is lower-cased), the buyer's email (account or guest) or the shop's name.
 */
export function orderSearchWhere(search: Omit<OrderSearch, "page">): Prisma.OrderWhereInput {
  const where: Prisma.OrderWhereInput = {};
  if (search.status) where.status = search.status;
  if (search.shopId) where.shopId = search.shopId;
  const q = search.q.trim();
  if (q) {
    where.OR = [
      { id: { contains: q.toLowerCase() } },
      { guestEmail: { contains: q, mode: "insensitive" } },
      { buyer: { is: { email: { contains: q, mode: "insensitive" } } } },
      { shop: { name: { contains: q, mode: "insensitive" } } },
    ];
  }
  return where;
}

export async function listAdminOrders(search: OrderSearch) {
  const where = orderSearchWhere(search);
  const [rows, total] = await Promise.all([
    db.order.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: pageOffset(search.page, ORDERS_PAGE_SIZE),
      take: ORDERS_PAGE_SIZE,
      select: {
        id: true,
        status: true,
        subtotalAmount: true,
        applicationFeeAmount: true,
        applicationFeeRefunded: true,
        amountRefunded: true,
        currency: true,
        createdAt: true,
        paidAt: true,
        guestEmail: true,
        buyer: { select: { email: true } },
        shop: { select: { id: true, name: true } },
      },
    }),
    db.order.count({ where }),
  ]);
  return { rows, total, pages: pageCount(total, ORDERS_PAGE_SIZE) };
}

export function getAdminOrder(orderId: string) {
  return db.order.findUnique({
    where: { id: orderId },
    include: {
      shop: { select: { id: true, name: true, slug: true, status: true, stripeAccount: { select: { stripeAccountId: true } } } },
      buyer: { select: { email: true, name: true } },
      items: { orderBy: { id: "asc" } },
      events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      refunds: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
}

export type AdminOrder = NonNullable<Awaited<ReturnType<typeof getAdminOrder>>>;

export type TimelineItem = {
  key: string;
  at: Date;
  /** An OrderEvent type ("created", "checkout_started", "stripe_event", "status_changed", "refund"…) or "paid". */
  type: string;
  fromStatus: OrderStatus | null;
  toStatus: OrderStatus | null;
  stripeRef: string | null;
  detail: string | null;
  /** For refunds: the Refund row's amount and status. */
  refund: { amount: number; status: string; refundApplicationFee: boolean } | null;
  /**
   * True when read from the order's own columns because no event was recorded (orders created
   * before the timeline existed, or seeded): its creation, its payment, a refund.
   */
  derived: boolean;
};

type TimelineOrder = { createdAt: Date; paidAt: Date | null };
type TimelineEvent = {
  id: string;
  type: string;
  fromStatus: OrderStatus | null;
  toStatus: OrderStatus | null;
  stripeRef: string | null;
  detail: string | null;
  createdAt: Date;
};
type TimelineRefund = { id: string; stripeRefundId: string | null; amount: number; status: string; refundApplicationFee: boolean; createdAt: Date };

/**
 * The order's timeline, oldest first: its OrderEvents, completed with what the order's columns
 * and refunds prove happened but no event recorded (see TimelineItem.derived).
 */
export function buildTimeline(order: TimelineOrder, events: TimelineEvent[], refunds: TimelineRefund[]): TimelineItem[] {
  const refundById = new Map(refunds.map((refund) => [refund.stripeRefundId, refund]));
  const items: TimelineItem[] = events.map((event) => {
    const refund = event.type === "refund" && event.stripeRef ? refundById.get(event.stripeRef) : undefined;
    return {
      key: event.id,
      at: event.createdAt,
      type: event.type,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      stripeRef: event.stripeRef,
      detail: event.detail,
      refund: refund ? { amount: refund.amount, status: refund.status, refundApplicationFee: refund.refundApplicationFee } : null,
      derived: false,
    };
  });
  const blank = { fromStatus: null, toStatus: null, stripeRef: null, detail: null, refund: null, derived: true } as const;
  if (!events.some((event) => event.type === "created")) {
    items.push({ ...blank, key: "derived-created", at: order.createdAt, type: "created", toStatus: "PENDING" });
  }
  if (order.paidAt && !events.some((event) => event.type === "status_changed" && event.toStatus === "PAID")) {
    items.push({ ...blank, key: "derived-paid", at: order.paidAt, type: "paid", toStatus: "PAID" });
  }
  const recorded = new Set(events.filter((event) => event.type === "refund").map((event) => event.stripeRef));
  for (const refund of refunds) {
    if (refund.stripeRefundId && recorded.has(refund.stripeRefundId)) continue;
    items.push({
      ...blank,
      key: `derived-refund-${refund.id}`,
      at: refund.createdAt,
      type: "refund",
      stripeRef: refund.stripeRefundId,
      refund: { amount: refund.amount, status: refund.status, refundApplicationFee: refund.refundApplicationFee },
    });
  }
  // Stable sort: events that share a timestamp keep the order they were recorded in, and a
  // derived "created" goes before anything at the same instant.
  return items
    .map((item, index) => ({ item, rank: item.key === "derived-created" ? -1 : index }))
    .sort((a, b) => a.item.at.getTime() - b.item.at.getTime() || a.rank - b.rank)
    .map(({ item }) => item);
}
