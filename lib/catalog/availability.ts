import type { Prisma } from "@/generated/prisma/client";

/** A shop can take payments when the platform has not suspended it and Stripe enabled charges. */
export function shopCanSell(shop: { status: string; stripeAccount: { chargesEnabled: boolean } | null }): boolean {
  return shop.status === "ACTIVE" && Boolean(shop.stripeAccount?.chargesEnabled);
}

/** The same rule as `shopCanSell`, as a database filter (listings put these shops first). */
export const sellableShopWhere = {
  status: "ACTIVE",
  stripeAccount: { is: { chargesEnabled: true } },
} satisfies Prisma.ShopWhereInput;

/** Listed (not suspended) but unable to take payments: no connected account, or charges disabled. */
export const listedUnsellableShopWhere = {
  status: "ACTIVE",
  OR: [{ stripeAccount: { is: null } }, { stripeAccount: { is: { chargesEnabled: false } } }],
} satisfies Prisma.ShopWhereInput;
