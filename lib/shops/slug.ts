import { db } from "@/lib/db";
import { isReservedSlug, slugProblem } from "./slug-rules";

export { isReservedSlug, slugify, slugProblem } from "./slug-rules";

export type SlugUnavailableReason = "invalid" | "taken" | "reserved";

export type SlugAvailability = { available: true } | { available: false; reason: SlugUnavailableReason };

/**
 * Whether a shop could take this slug now. Only a hint for the form: the unique index on Shop.slug
 * is what decides when two sellers race for the same one (see create-shop.ts).
 */
export async function checkSlugAvailability(slug: string): Promise<SlugAvailability> {
  if (isReservedSlug(slug)) return { available: false, reason: "reserved" };
  if (slugProblem(slug)) return { available: false, reason: "invalid" };
  const existing = await db.shop.findUnique({ where: { slug }, select: { id: true } });
  return existing ? { available: false, reason: "taken" } : { available: true };
}

export async function isSlugAvailable(slug: string): Promise<boolean> {
  return (await checkSlugAvailability(slug)).available;
}
