import { invalidateCatalogueQuietly } from "@/lib/cache/catalogue";
import { db } from "@/lib/db";

export type SetProductActiveResult = { ok: true; name: string } | { ok: false; reason: "notFound" };

/**
 * Archives (active = false) or restores one of the seller's products. Archiving takes it out of the
 * storefront but never deletes it: orders keep pointing to it, with their own snapshot of name and
 * price (OrderItem), and restoring brings it back as it was.
 */
export async function setProductActive(ownerId: string, productId: string, active: boolean): Promise<SetProductActiveResult> {
  // One statement whose filter carries the ownership check: another seller's product matches nothing.
  const updated = await db.product.updateMany({ where: { id: productId, shop: { ownerId } }, data: { active } });
  if (updated.count === 0) return { ok: false, reason: "notFound" };
  await invalidateCatalogueQuietly({ productIds: [productId] });
  const product = await db.product.findUnique({ where: { id: productId }, select: { name: true } });
  return { ok: true, name: product?.name ?? "" };
}
