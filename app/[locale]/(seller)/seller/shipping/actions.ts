"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/server";
import { findSellerShop } from "@/lib/products/seller-shop";
import { saveShippingSettings } from "@/lib/shipping/rates";
import { shippingSettingsSchema } from "@/lib/validations/shipping";
import type { ShippingFormState } from "@/components/shipping/shipping-settings-form";

/** Saves the seller's shipping countries and rate in the shop's currency (amounts parsed on the server). */
export async function saveShippingAction(_previous: ShippingFormState, formData: FormData): Promise<ShippingFormState> {
  const user = await requireRole("SELLER", "/seller/shipping");
  const shop = await findSellerShop(user.id);
  if (!shop) return { errors: { form: "notFulfillable" } };
  const raw = {
    shipsTo: String(formData.get("shipsTo") ?? "").split(/[\s,;]+/).filter(Boolean),
    flatAmount: String(formData.get("flatAmount") ?? ""),
    freeAbove: String(formData.get("freeAbove") ?? ""),
  };
  const parsed = shippingSettingsSchema(shop.currency, await getLocale()).safeParse(raw);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? "form")] ??= issue.message;
    return { errors, values: { shipsTo: raw.shipsTo.join(", "), flatAmount: raw.flatAmount, freeAbove: raw.freeAbove } };
  }
  await saveShippingSettings(shop.id, shop.currency, parsed.data);
  revalidatePath("/seller/shipping");
  return { ok: true };
}
