import { getCurrentUser } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";
import { isSameOrigin } from "@/lib/http/same-origin";
import { logger } from "@/lib/logger";
import { findOwnedShop } from "@/lib/shops/owned-shop";
import { getStripe } from "@/lib/stripe";
import { emulatorHostConfig, isStripeEmulator } from "@/lib/stripe/client";
import { classifyStripeError } from "@/lib/stripe/errors";

type Context = { params: Promise<{ shopId: string }> };

const STRIPE_DASHBOARD = "https://dashboard.stripe.com/";

function emulatorDashboardUrl(accountId: string): string {
  const { protocol, host, port } = emulatorHostConfig();
  return `${protocol}://${host}:${port}/dashboard/${encodeURIComponent(accountId)}`;
}

/**
 * The seller's own Stripe dashboard: Express accounts get a single-use login link; Standard
 * accounts sign in to Stripe's dashboard with their own credentials.
 */
export async function POST(request: Request, { params }: Context) {
  if (!isSameOrigin(request)) return new Response("Forbidden", { status: 403 });
  const { shopId } = await params;
  const user = await getCurrentUser();
  const shop = user ? await findOwnedShop(user.id, shopId) : null;
  if (!shop?.stripeAccount) return new Response("Not found", { status: 404 });
  // Offline, the emulator's own dashboard page for this account stands in for Stripe's.
  if (isStripeEmulator()) return Response.redirect(emulatorDashboardUrl(shop.stripeAccount.stripeAccountId), 303);
  if (getEnv().STRIPE_CONNECT_ACCOUNT_KIND !== "express") return Response.redirect(STRIPE_DASHBOARD, 303);
  try {
    const link = await getStripe().accounts.createLoginLink(shop.stripeAccount.stripeAccountId);
    return Response.redirect(link.url, 303);
  } catch (error) {
    logger.warn("login link failed", { shopId, error });
    return Response.redirect(new URL(`/seller?paymentsError=${classifyStripeError(error).kind}`, request.url), 303);
  }
}
