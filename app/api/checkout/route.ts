import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { getCurrentCartId } from "@/lib/cart/current";
import { startCheckout } from "@/lib/checkout/start-checkout";
import { clientAddress } from "@/lib/http/client-address";
import { isSameOrigin } from "@/lib/http/same-origin";
import { getLocale } from "@/lib/i18n/server";
import { logger } from "@/lib/logger";
import { consume } from "@/lib/rate-limit";
import { POLICIES } from "@/lib/rate-limit/policies";

const checkoutFormSchema = z.object({ shopId: z.string().min(1).max(64) });

/**
 * "Pay this shop" on the cart: one shop's items become an order and a Stripe Checkout Session
 * (a direct charge on the seller's account), and the browser goes there with a 303. Any refusal
 * comes back to the cart with its reason.
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return new Response("Forbidden", { status: 403 });
  const parsed = checkoutFormSchema.safeParse(Object.fromEntries(await request.formData().catch(() => new FormData())));
  if (!parsed.success) return Response.json({ error: "shopId is required" }, { status: 400 });
  const { shopId } = parsed.data;
  const back = (params: Record<string, string>) => Response.redirect(new URL(`/cart?${new URLSearchParams({ shop: shopId, ...params })}`, request.url), 303);

  try {
    // Counted per client address before any work: starting checkouts reserves stock.
    const limit = await consume(POLICIES.checkoutClient, clientAddress(request.headers));
    if (!limit.ok) return back({ checkoutError: "rate_limited" });
    const cartId = await getCurrentCartId();
    if (!cartId) return back({ checkoutError: "empty" });
    const user = await getCurrentUser();
    const result = await startCheckout({ cartId, shopId, buyer: user ? { id: user.id, email: user.email } : null, locale: await getLocale() });
    if (result.ok) return Response.redirect(result.url, 303);
    return back({ checkoutError: result.code, ...(result.product ? { product: result.product } : {}) });
  } catch (error) {
    // Whatever failed (the database down included), the buyer is back on the cart with a message.
    logger.error("checkout failed", { shopId, error });
    return back({ checkoutError: "unknown" });
  }
}
