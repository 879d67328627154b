import { invalidateCatalogueQuietly } from "@/lib/cache/catalogue";
import { productSearchText } from "@/lib/catalog/search-text";
import { db } from "@/lib/db";
import type { ProductInput } from "@/lib/validations/product";
import { removeUploadQuietly } from "./remove-upload";
import { findSellerShop } from "./seller-shop";
import type { ProductSaveResult } from "./types";
import { saveProductImage, validateProduct } from "./validate-product";

/**
 * Adds a product to the seller's shop, priced in the shop's currency. Nothing is written unless
 * every field is valid; if the insert fails, the image written just before is removed again.
 */
export async function createProduct(ownerId: string, input: ProductInput, image?: Blob | null): Promise<ProductSaveResult> {
  const shop = await findSellerShop(ownerId);
  if (!shop) return { ok: false, reason: "noShop" };

  const validated = await validateProduct(shop.currency, input, image);
  if (!validated.ok) return { ok: false, reason: "invalid", fieldErrors: validated.fieldErrors };
  const { name, description, price, stock, digital, recurring } = validated.data;

  let imageUrl: string | null = null;
  if (validated.image) {
    const saved = await saveProductImage(validated.image);
    if (!saved.ok) return { ok: false, reason: "invalid", fieldErrors: saved.fieldErrors };
    imageUrl = saved.path;
  }

  try {
    const product = await db.product.create({
      data: {
        shopId: shop.id,
        name,
        description,
        priceAmount: price,
        currency: shop.currency,
        stock,
        digital,
        imageUrl,
        recurringInterval: recurring?.interval ?? null,
        recurringIntervalCount: recurring?.intervalCount ?? null,
        active: true,
        searchText: productSearchText({ name, description }),
      },
      select: { id: true },
    });
    await invalidateCatalogueQuietly({ productIds: [product.id] });
    return { ok: true, productId: product.id };
  } catch (error) {
    await removeUploadQuietly(imageUrl, "createProduct");
    throw error;
  }
}
