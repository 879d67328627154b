import { invalidateCatalogueQuietly } from "@/lib/cache/catalogue";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { deleteUpload, inspectImageUpload, saveImageUpload, type UploadError } from "@/lib/uploads";
import { createShopSchema, SHOP_LOGO_MAX_BYTES, type CreateShopInput, type ShopField } from "@/lib/validations/shop";
import { checkSlugAvailability } from "./slug";

/** Field errors are message keys of messages.shop.errors; `form` is for errors of the whole form. */
export type ShopFieldErrors = Partial<Record<ShopField | "form", string>>;

export type CreateShopResult = { ok: true; shopId: string; slug: string } | { ok: false; fieldErrors: ShopFieldErrors };

const LOGO_ERRORS: Record<UploadError, string> = { tooLarge: "logoTooLarge", unsupportedType: "logoUnsupportedType" };

class AlreadyHasShopError extends Error {}

/**
 * Opens a shop for `ownerId`: one shop per owner, a free slug, an optional logo image. The shop and
 * the owner's promotion from BUYER to SELLER are written in one transaction; if it fails, the logo
 * written just before is removed again, so a failure leaves nothing behind.
 */
export async function createShop(ownerId: string, input: CreateShopInput, logo?: File | Blob | null): Promise<CreateShopResult> {
  const fieldErrors: ShopFieldErrors = {};
  const parsed = createShopSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "form");
      fieldErrors[field as ShopField] ??= issue.message;
    }
  }

  if (parsed.success || !fieldErrors.slug) {
    const slug = parsed.success ? parsed.data.slug : String(input.slug ?? "").trim().toLowerCase();
    const availability = await checkSlugAvailability(slug);
    if (!availability.available && availability.reason === "taken") fieldErrors.slug = "slugTaken";
  }

  const hasLogo = logo != null && logo.size > 0;
  if (hasLogo) {
    const inspected = await inspectImageUpload(logo, { maxBytes: SHOP_LOGO_MAX_BYTES });
    if (!inspected.ok) fieldErrors.logo = LOGO_ERRORS[inspected.error];
  }

  if (await ownsAShop(ownerId)) return { ok: false, fieldErrors: { form: "alreadyHasShop" } };
  if (!parsed.success || Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };

  const data = parsed.data;
  let logoUrl: string | null = null;
  if (hasLogo) {
    const saved = await saveImageUpload(logo, { maxBytes: SHOP_LOGO_MAX_BYTES });
    if (!saved.ok) return { ok: false, fieldErrors: { logo: LOGO_ERRORS[saved.error] } };
    logoUrl = saved.path;
  }

  try {
    const shop = await db.$transaction(async (tx) => {
      // Updating the owner's row first locks it until commit, so two requests of the same seller
      // run one after the other and the second sees the first one's shop.
      const owner = await tx.user.update({ where: { id: ownerId }, data: { updatedAt: new Date() }, select: { role: true } });
      if ((await tx.shop.count({ where: { ownerId } })) > 0) throw new AlreadyHasShopError();
      const created = await tx.shop.create({
        data: { ownerId, ...data, logoUrl },
        select: { id: true, slug: true },
      });
      if (owner.role === "BUYER") await tx.user.update({ where: { id: ownerId }, data: { role: "SELLER" } });
      return created;
    });
    await invalidateCatalogueQuietly({ shopIds: [shop.id] });
    return { ok: true, shopId: shop.id, slug: shop.slug };
  } catch (error) {
    if (logoUrl) {
      await deleteUpload(logoUrl).catch((cleanupError: unknown) =>
        console.error("createShop: could not remove the logo of a shop that was not created", logoUrl, cleanupError),
      );
    }
    if (error instanceof AlreadyHasShopError) return { ok: false, fieldErrors: { form: "alreadyHasShop" } };
    // Another seller took the slug between the check and the insert: the unique index decides.
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: { slug: "slugTaken" } };
    throw error;
  }
}

export async function ownsAShop(ownerId: string): Promise<boolean> {
  return (await db.shop.count({ where: { ownerId } })) > 0;
}
