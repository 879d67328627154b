import { invalidateCatalogueQuietly } from "@/lib/cache/catalogue";
import { productSearchText } from "@/lib/catalog/search-text";
import { db } from "@/lib/db";
import type { ProductInput } from "@/lib/validations/product";
import { removeUploadQuietly } from "./remove-upload";
import type { ProductSaveResult } from "./types";
import { saveProductImage, validateProduct } from "./validate-product";

class ProductGoneError extends Error {}

/**
 * Edits one of the seller's products. A new image replaces the old one, whose file is deleted only
 * once the new row is committed; if the write fails, the new file is deleted instead. Orders keep
 * their own copy of name and price (OrderItem), so editing never changes past orders.
 */
export async function updateProduct(
  ownerId: string,
  productId: string,
  input: ProductInput,
  image?: Blob | null,
): Promise<ProductSaveResult> {
  const product = await db.product.findFirst({
    where: { id: productId, shop: { ownerId } },
    select: { id: true, shop: { select: { currency: true } } },
  });
  if (!product) return { ok: false, reason: "notFound" };

  const currency = product.shop.currency;
  const validated = await validateProduct(currency, input, image);
  if (!validated.ok) return { ok: false, reason: "invalid", fieldErrors: validated.fieldErrors };
  const { name, description, price, stock, digital, recurring } = validated.data;

  let newImageUrl: string | null = null;
  if (validated.image) {
    const saved = await saveProductImage(validated.image);
    if (!saved.ok) return { ok: false, reason: "invalid", fieldErrors: saved.fieldErrors };
    newImageUrl = saved.path;
  }
  const replaceImage = newImageUrl !== null || input.removeImage === true;

  let previousImageUrl: string | null;
  try {
    previousImageUrl = await db.$transaction(async (tx) => {
      // Touching the row first locks it until commit: two edits of the same product run one after
      // the other, so each sees the image the other one left and no file is orphaned.
      const locked = await tx.product.updateMany({ where: { id: productId, shop: { ownerId } }, data: { updatedAt: new Date() } });
      if (locked.count === 0) throw new ProductGoneError();
      const { imageUrl } = await tx.product.findUniqueOrThrow({ where: { id: productId }, select: { imageUrl: true } });
      await tx.product.update({
        where: { id: productId },
        data: {
          name,
          description,
          priceAmount: price,
          currency,
          stock,
          digital,
          // A recurring product's existing subscriptions keep their Stripe price: only new checkouts see a change.
          recurringInterval: recurring?.interval ?? null,
          recurringIntervalCount: recurring?.intervalCount ?? null,
          searchText: productSearchText({ name, description }),
          ...(replaceImage ? { imageUrl: newImageUrl } : {}),
        },
      });
      return imageUrl;
    });
  } catch (error) {
    await removeUploadQuietly(newImageUrl, "updateProduct");
    if (error instanceof ProductGoneError) return { ok: false, reason: "notFound" };
    throw error;
  }

  if (replaceImage && previousImageUrl && previousImageUrl !== newImageUrl) {
    await removeUploadQuietly(previousImageUrl, "updateProduct");
  }
  await invalidateCatalogueQuietly({ productIds: [productId] });
  return { ok: true, productId };
}
