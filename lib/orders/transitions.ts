import type { OrderStatus } from "@/generated/prisma/enums";

/**
 * Payment states only move forward: pending -> processing (delayed methods) -> paid or failed,
 * and pending -> paid | failed | expired. A late or repeated event never moves an order back.
 * Refund states are reached from paid through the refund flow only.
 */
const FORWARD: Partial<Record<OrderStatus, OrderStatus[]>> = {
  PROCESSING: ["PENDING"],
  PAID: ["PENDING", "PROCESSING"],
  FAILED: ["PENDING", "PROCESSING"],
  EXPIRED: ["PENDING"],
  CANCELED: ["PENDING"],
};

/** The statuses an order may be in for it to move to `target` (empty: never by payment events). */
export function statusesThatMayBecome(target: OrderStatus): OrderStatus[] {
  return FORWARD[target] ?? [];
}

export function canMove(from: OrderStatus, to: OrderStatus): boolean {
  return statusesThatMayBecome(to).includes(from);
}

/** Statuses in which the reserved stock goes back on the shelves. */
export const RELEASES_STOCK: ReadonlySet<OrderStatus> = new Set(["EXPIRED", "FAILED", "CANCELED"]);

/** Statuses that count as a sale (for dashboards and emails). */
export const PAID_STATUSES: readonly OrderStatus[] = ["PAID", "PARTIALLY_REFUNDED", "REFUNDED"];
