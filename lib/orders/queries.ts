import { db } from "@/lib/db";

const summaryInclude = {
  shop: { select: { name: true, stripeAccount: { select: { stripeAccountId: true } } } },
  items: { select: { id: true, name: true, unitAmount: true, quantity: true } },
} as const;

/** The order behind a Checkout Session (its id is an unguessable secret held by the payer). */
export function findOrderBySession(sessionId: string) {
  return db.order.findUnique({ where: { checkoutSessionId: sessionId }, include: summaryInclude });
}

/** A signed-in buyer's own order, or null. */
export function findBuyerOrder(buyerId: string, orderId: string) {
  return db.order.findFirst({ where: { id: orderId, buyerId }, include: summaryInclude });
}

/** An order being paid on our pages (embedded Checkout, Payment Element); the caller checks it is the buyer's. */
export function findOrderForPayment(orderId: string) {
  return db.order.findUnique({ where: { id: orderId }, include: summaryInclude });
}
