import { getCurrentUser } from "@/lib/auth/session";
import { startOnboarding } from "@/lib/connect/onboarding";
import { isSameOrigin } from "@/lib/http/same-origin";
import { logger } from "@/lib/logger";
import { findOwnedShop } from "@/lib/shops/owned-shop";
import { classifyStripeError } from "@/lib/stripe/errors";

type Context = { params: Promise<{ shopId: string }> };

/**
 * "Set up payments" / "Continue onboarding": creates the connected account once, then sends the
 * browser to a fresh Account Link with a 303. On a Stripe failure the seller lands back on the
 * dashboard with the reason, and pressing the button again is safe.
 */
export async function POST(request: Request, { params }: Context) {
  if (!isSameOrigin(request)) return new Response("Forbidden", { status: 403 });
  const { shopId } = await params;
  const user = await getCurrentUser();
  if (!user) return redirect(`/signin?callbackUrl=${encodeURIComponent("/seller")}`, request);
  const shop = await findOwnedShop(user.id, shopId);
  if (!shop) return new Response("Not found", { status: 404 });
  try {
    return Response.redirect(await startOnboarding(shop), 303);
  } catch (error) {
    const failure = classifyStripeError(error);
    logger.warn("onboarding could not start", { shopId, failure: failure.kind, error });
    const detail = failure.kind === "invalid" ? `&detail=${encodeURIComponent(failure.message.slice(0, 200))}` : "";
    return redirect(`/seller?paymentsError=${failure.kind}${detail}`, request);
  }
}

function redirect(path: string, request: Request) {
  return Response.redirect(new URL(path, request.url), 303);
}
