"use server";

import { redirect } from "next/navigation";
import { requireAdmin } from "@/lib/auth/session";
import { adminReturnPath, shopActionSchema, withFlash } from "@/lib/admin/schemas";
import { resyncShopAccount, setShopStatus } from "@/lib/admin/shops";
import { logger } from "@/lib/logger";

// Admin actions on a shop. Each checks the admin role itself (the layout and page already did,
// but an action is an endpoint of its own), validates its form with zod, and redirects back to
// the list it came from with a message (?notice= or ?error=): plain form posts, no JavaScript needed.

const FALLBACK = "/admin/accounts";

function parse(form: FormData) {
  const parsed = shopActionSchema.safeParse({ shopId: form.get("shopId"), returnTo: form.get("returnTo") ?? undefined });
  const back = adminReturnPath(form.get("returnTo"), FALLBACK);
  return { input: parsed.success ? parsed.data : null, back };
}

/** Reads the shop's connected account from Stripe again (as the webhook would). */
export async function resyncAccountAction(form: FormData): Promise<void> {
  const admin = await requireAdmin();
  const { input, back } = parse(form);
  if (!input) redirect(withFlash(back, { error: "invalid" }));
  const result = await resyncShopAccount(input.shopId);
  if (!result.ok) redirect(withFlash(back, { error: result.reason }));
  logger.info("admin re-synced a connected account", { adminId: admin.id, shopId: input.shopId, chargesEnabled: result.chargesEnabled });
  redirect(withFlash(back, { notice: "resynced", shop: result.shopName }));
}

async function changeStatus(form: FormData, status: "ACTIVE" | "SUSPENDED"): Promise<never> {
  const admin = await requireAdmin();
  const { input, back } = parse(form);
  if (!input) redirect(withFlash(back, { error: "invalid" }));
  const shop = await setShopStatus(input.shopId, status);
  if (!shop) redirect(withFlash(back, { error: "notFound" }));
  logger.info("admin changed a shop's status", { adminId: admin.id, shopId: shop.id, status });
  // The storefront (home, shop page, search, product pages, carts) must stop or resume selling now.
  redirect(withFlash(back, { notice: status === "SUSPENDED" ? "suspended" : "reinstated", shop: shop.name }));
}

/** Takes the shop off the storefront; its products can no longer be bought. */
export async function suspendShopAction(form: FormData): Promise<void> {
  await changeStatus(form, "SUSPENDED");
}

/** Puts a suspended shop back on the storefront. */
export async function reinstateShopAction(form: FormData): Promise<void> {
  await changeStatus(form, "ACTIVE");
}
