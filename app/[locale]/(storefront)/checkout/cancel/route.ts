import { z } from "zod";
import { getCurrentCartId } from "@/lib/cart/current";
import { closeCheckoutAttempt } from "@/lib/checkout/close-attempt";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";

const cancelSchema = z.object({ order: z.string().min(1).max(64) });

/**
 * Stripe's cancel_url: the buyer left Checkout. The attempt is closed at once (session expired on
 * Stripe, stock back on the shelves) when it belongs to the visitor's cart, and the buyer returns
 * to the cart, whose items are kept. A link followed by anyone else changes nothing.
 */
export async function GET(request: Request) {
  const parsed = cancelSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  const back = (params: Record<string, string>) => Response.redirect(new URL(`/cart?${new URLSearchParams(params)}`, request.url), 303);
  if (!parsed.success) return back({});

  const [order, cartId] = await Promise.all([
    db.order.findUnique({ where: { id: parsed.data.order }, select: { id: true, cartId: true, shopId: true, checkoutSessionId: true } }),
    getCurrentCartId(),
  ]);
  if (!order || !cartId || order.cartId !== cartId) return back({});
  try {
    const outcome = await closeCheckoutAttempt(order.id, "buyer_canceled");
    if (outcome === "paid" && order.checkoutSessionId) {
      return Response.redirect(new URL(`/checkout/success?session_id=${encodeURIComponent(order.checkoutSessionId)}`, request.url), 303);
    }
    // A Payment Element order has no session: its own payment page shows it paid.
    if (outcome === "paid") return Response.redirect(new URL(`/checkout/pay/${encodeURIComponent(order.id)}`, request.url), 303);
  } catch (error) {
    // Stripe unreachable: the attempt keeps its deadline and the sweep closes it.
    logger.warn("canceled checkout left to the sweep", { orderId: order.id, error });
  }
  return back({ canceled: "1", shop: order.shopId });
}
