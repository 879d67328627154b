import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { CATALOGUE_TAG, productTag, shopTag } from "./tags";

export type CatalogueChange = { productIds?: string[]; shopIds?: string[] };
type Client = Prisma.TransactionClient | typeof db;

/**
 * Every change to what the catalogue shows calls this (product created, edited, archived, restored,
 * sold out or restocked; shop opened, suspended, reinstated, able to take payments or no longer).
 * It records the tags' invalidation time in PostgreSQL, where the cache handler of every web
 * instance looks (lib/cache/next-cache-handler.mjs, at most a second later), so a change made in a
 * worker reaches every server; inside Next.js it also expires the tags in this process at once.
 * Call it after the change is committed, or as the last write of its transaction (`client` = the
 * transaction: the record then commits with the change). Returns the tags.
 */
export async function invalidateCatalogue(change: CatalogueChange, client: Client = db): Promise<string[]> {
  const tags = await tagsFor(change, client);
  // An upsert in two statements (Prisma has no bulk upsert; raw SQL would miss the `?schema=`):
  // known tags get the new time, new ones are inserted.
  const invalidatedAt = new Date();
  await client.cacheTagInvalidation.updateMany({ where: { tag: { in: tags } }, data: { invalidatedAt } });
  await client.cacheTagInvalidation.createMany({ data: tags.map((tag) => ({ tag, invalidatedAt })), skipDuplicates: true });
  await expireHere(tags);
  return tags;
}

/** After reservations: the products among these that just sold out (stock 0) are invalidated. */
export async function invalidateSoldOut(productIds: string[], client: Client = db): Promise<void> {
  if (productIds.length === 0) return;
  const soldOut = await client.product.findMany({ where: { id: { in: productIds }, stock: 0 }, select: { id: true } });
  if (soldOut.length > 0) await invalidateCatalogue({ productIds: soldOut.map((p) => p.id) }, client);
}

/** The same helper for callers that must not fail because of it (the change itself is done). */
export async function invalidateCatalogueQuietly(change: CatalogueChange): Promise<void> {
  try {
    await invalidateCatalogue(change);
  } catch (error) {
    // The pages catch up when their revalidation time runs out (CATALOGUE_REVALIDATE_SECONDS).
    logger.error("catalogue invalidation failed", { error, change });
  }
}

/** "catalogue", each product's tag and each shop's, products of changed shops and shops of changed products included. */
async function tagsFor({ productIds = [], shopIds = [] }: CatalogueChange, client: Client): Promise<string[]> {
  const [products, shops] = await Promise.all([
    productIds.length + shopIds.length === 0
      ? []
      : client.product.findMany({
          where: { OR: [{ id: { in: productIds } }, { shopId: { in: shopIds } }] },
          select: { id: true, shop: { select: { slug: true } } },
        }),
    shopIds.length === 0 ? [] : client.shop.findMany({ where: { id: { in: shopIds } }, select: { slug: true } }),
  ]);
  const tags = new Set([CATALOGUE_TAG]);
  // Ids that no longer exist still get their tag: a cached "not found" page is dropped too.
  for (const id of productIds) tags.add(productTag(id));
  for (const product of products) {
    tags.add(productTag(product.id));
    tags.add(shopTag(product.shop.slug));
  }
  for (const shop of shops) tags.add(shopTag(shop.slug));
  // One order for every writer: transactions upserting overlapping tags lock them in the same order.
  return [...tags].sort();
}

/** Inside a Next.js server (action, route handler): this process's cache drops the tags now. */
async function expireHere(tags: string[]): Promise<void> {
  if (!process.env.NEXT_RUNTIME) return; // a worker or a script: the handlers' polling does it
  try {
    const { revalidateTag } = await import("next/cache");
    for (const tag of tags) revalidateTag(tag, { expire: 0 });
  } catch {
    // Called during a render (the checkout success page fulfils orders): the poll catches up within a second.
  }
}
