import { db } from "@/lib/db";

/**
 * The shop if this user owns it, else null. Every seller route and action goes through here, and
 * answers 404 on null: someone else's shop looks exactly like a shop that does not exist.
 */
export function findOwnedShop(userId: string, shopId: string) {
  return db.shop.findFirst({
    where: { id: shopId, ownerId: userId },
    include: { stripeAccount: true, owner: { select: { email: true } } },
  });
}

export type OwnedShop = NonNullable<Awaited<ReturnType<typeof findOwnedShop>>>;
