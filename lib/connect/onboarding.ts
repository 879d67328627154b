import { invalidateCatalogueQuietly } from "@/lib/cache/catalogue";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { isPublicUrl } from "@/lib/http/public-url";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { createAccountLink } from "@/lib/stripe/create-account-link";
import { createConnectedAccount } from "@/lib/stripe/create-connected-account";
import type { OwnedShop } from "@/lib/shops/owned-shop";
import { accountSnapshot } from "./account-snapshot";

/** The shop's connected account id, creating the account on Stripe the first time only. */
export async function ensureConnectedAccount(shop: OwnedShop): Promise<string> {
  if (shop.stripeAccount) return shop.stripeAccount.stripeAccountId;
  const env = getEnv();
  const account = await createConnectedAccount({
    shopId: shop.id,
    kind: env.STRIPE_CONNECT_ACCOUNT_KIND,
    email: shop.owner.email,
    country: shop.country,
    shopName: shop.name,
    shopUrl: publicShopUrl(env.APP_URL, shop.slug),
  });
  try {
    await db.connectedAccount.create({ data: { shopId: shop.id, stripeAccountId: account.id, ...accountSnapshot(account) } });
    await invalidateCatalogueQuietly({ shopIds: [shop.id] });
  } catch (error) {
    // A concurrent request for the same shop stored it first (it got the same account back).
    if (!isUniqueViolation(error)) throw error;
  }
  const stored = await db.connectedAccount.findUniqueOrThrow({ where: { shopId: shop.id } });
  return stored.stripeAccountId;
}

export function onboardingUrls(shopId: string): { refreshUrl: string; returnUrl: string } {
  const base = `${getEnv().APP_URL}/seller/shops/${shopId}/onboarding`;
  return { refreshUrl: `${base}/refresh`, returnUrl: `${base}/return` };
}

/** Creates the account if needed and returns a fresh onboarding link for the seller's browser. */
export async function startOnboarding(shop: OwnedShop): Promise<string> {
  const accountId = await ensureConnectedAccount(shop);
  const link = await createAccountLink({ accountId, ...onboardingUrls(shop.id) });
  return link.url;
}

/** Stripe refuses business URLs it cannot reach; a local address is left out. */
function publicShopUrl(appUrl: string, slug: string): string | null {
  return isPublicUrl(appUrl) ? `${appUrl}/shops/${slug}` : null;
}
