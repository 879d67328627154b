import { invalidateCatalogueQuietly } from "@/lib/cache/catalogue";
import { revokeUserSessions } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import type { ShopStatus } from "@/generated/prisma/enums";
import { refreshConnectedAccount } from "@/lib/connect/refresh-account";
import { isRecordNotFound } from "@/lib/prisma-errors";
import { classifyStripeError } from "@/lib/stripe/errors";
import { logger } from "@/lib/logger";
import { pageCount, pageOffset } from "./pagination";

export const SHOP_STATUS_FILTERS = ["all", "ACTIVE", "SUSPENDED"] as const;
export type ShopStatusFilter = (typeof SHOP_STATUS_FILTERS)[number];

export function isShopStatusFilter(value: unknown): value is ShopStatusFilter {
  return typeof value === "string" && (SHOP_STATUS_FILTERS as readonly string[]).includes(value);
}

export const SHOPS_PAGE_SIZE = 20;

/** Search by shop name, slug or owner's email (case-insensitive fragments). */
export function shopSearchWhere(query: string, status: ShopStatusFilter): Prisma.ShopWhereInput {
  const where: Prisma.ShopWhereInput = {};
  if (status !== "all") where.status = status;
  const q = query.trim();
  if (q) {
    where.OR = [
      { name: { contains: q, mode: "insensitive" } },
      { slug: { contains: q.toLowerCase() } },
      { owner: { email: { contains: q, mode: "insensitive" } } },
    ];
  }
  return where;
}

export async function listShops(input: { q: string; status: ShopStatusFilter; page: number }) {
  const where = shopSearchWhere(input.q, input.status);
  const [rows, total] = await Promise.all([
    db.shop.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: pageOffset(input.page, SHOPS_PAGE_SIZE),
      take: SHOPS_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        slug: true,
        status: true,
        currency: true,
        createdAt: true,
        owner: { select: { email: true, name: true } },
        stripeAccount: {
          select: {
            chargesEnabled: true,
            detailsSubmitted: true,
            currentlyDue: true,
            pastDue: true,
            pendingVerification: true,
            disabledReason: true,
          },
        },
        _count: { select: { products: { where: { active: true } }, orders: true } },
      },
    }),
    db.shop.count({ where }),
  ]);
  return { rows, total, pages: pageCount(total, SHOPS_PAGE_SIZE) };
}

/** Shops for the orders filter, by name. */
export function listShopChoices() {
  return db.shop.findMany({ select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] });
}

/**
 * Suspends (SUSPENDED) or reinstates (ACTIVE) a shop on the platform. A suspended shop is hidden
 * from the storefront and its products cannot be bought (`shopCanSell`, the catalogue queries);
 * its Stripe account is left alone, and its owner's sessions are revoked. Returns the shop, or null when there is no such shop.
 */
export async function setShopStatus(shopId: string, status: ShopStatus) {
  try {
    const shop = await db.shop.update({ where: { id: shopId }, data: { status }, select: { id: true, name: true, slug: true, status: true, ownerId: true } });
    // A suspended seller is signed out everywhere; signing in again shows the suspended shop.
    if (status === "SUSPENDED") await revokeUserSessions(shop.ownerId);
    await invalidateCatalogueQuietly({ shopIds: [shop.id] });
    return shop;
  } catch (error) {
    if (isRecordNotFound(error)) return null;
    throw error;
  }
}

export type ResyncResult =
  | { ok: true; shopName: string; chargesEnabled: boolean }
  | { ok: false; reason: "notFound" | "noAccount" | "stripe" };

/** Reads the shop's connected account from Stripe again and stores what Stripe says now. */
export async function resyncShopAccount(shopId: string): Promise<ResyncResult> {
  const shop = await db.shop.findUnique({
    where: { id: shopId },
    select: { name: true, stripeAccount: { select: { stripeAccountId: true } } },
  });
  if (!shop) return { ok: false, reason: "notFound" };
  if (!shop.stripeAccount) return { ok: false, reason: "noAccount" };
  try {
    const account = await refreshConnectedAccount(shop.stripeAccount.stripeAccountId);
    if (!account) return { ok: false, reason: "noAccount" };
    return { ok: true, shopName: shop.name, chargesEnabled: account.chargesEnabled };
  } catch (error) {
    logger.error("admin re-sync of a connected account failed", {
      shopId,
      stripeAccountId: shop.stripeAccount.stripeAccountId,
      failure: classifyStripeError(error).kind,
      error,
    });
    return { ok: false, reason: "stripe" };
  }
}
