"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { clearShopFeeOverride, setRefundFeePolicy, setShopFeeOverride, updatePlatformFees, type FeeFormState, type PlatformFeeFormState } from "@/lib/admin/fees";
import { requireAdmin } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/server";
import { logger } from "@/lib/logger";


/** The per-currency fixed fee fields of the platform form are named `fixed_<currency>`. */
const FIXED_FIELD = /^fixed_([a-z]{3})$/;

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

// Where to come back to: the page's own query keys only (never an arbitrary URL).
const BACK_KEYS = ["q", "only", "sp", "shop", "from", "to", "page"] as const;
function backTo(formData: FormData, saved: string): string {
  const query = new URLSearchParams();
  const back = new URLSearchParams(text(formData, "back"));
  for (const key of BACK_KEYS) {
    const value = back.get(key);
    if (value && value.length <= 100) query.set(key, value);
  }
  query.set("saved", saved);
  return `/admin/fees?${query.toString()}`;
}

/** The platform's default fee (percentage, fixed amount per currency); applies to checkouts started from now on. */
export async function updatePlatformFeesAction(_previous: PlatformFeeFormState, formData: FormData): Promise<PlatformFeeFormState> {
  await requireAdmin();
  const fixed: Record<string, string> = {};
  for (const [name, value] of formData.entries()) {
    const currency = FIXED_FIELD.exec(name)?.[1];
    if (currency && typeof value === "string") fixed[currency] = value;
  }
  const values = { feeBps: text(formData, "feeBps"), fixed };
  try {
    const result = await updatePlatformFees(values, await getLocale());
    if (!result.ok) return { errors: result.errors, values };
  } catch (error) {
    logger.error("platform fee update failed", { error });
    return { errors: { unknown: true }, values };
  }
  revalidatePath("/admin/fees");
  redirect(backTo(formData, "platform"));
}

/** A shop's own fee (either field may stay empty: the platform's value then applies to it). */
export async function setShopFeeOverrideAction(_previous: FeeFormState, formData: FormData): Promise<FeeFormState> {
  await requireAdmin();
  const values = { feeBps: text(formData, "feeBps"), feeFixed: text(formData, "feeFixed") };
  try {
    const result = await setShopFeeOverride({ shopId: text(formData, "shopId"), ...values }, await getLocale());
    if (!result.ok) return { errors: result.errors, values };
  } catch (error) {
    logger.error("shop fee override failed", { error });
    return { errors: { unknown: true }, values };
  }
  revalidatePath("/admin/fees");
  redirect(`${backTo(formData, "override")}#overrides`);
}

const clearSchema = z.object({ shopId: z.string().min(1).max(64) });

export async function clearShopFeeOverrideAction(formData: FormData): Promise<void> {
  await requireAdmin();
  const parsed = clearSchema.safeParse({ shopId: formData.get("shopId") });
  if (parsed.success) await clearShopFeeOverride(parsed.data.shopId);
  revalidatePath("/admin/fees");
  redirect(`${backTo(formData, "cleared")}#overrides`);
}

/** The platform's fee on refunds: proportional (default) or kept. */
export async function setRefundFeePolicyAction(formData: FormData): Promise<void> {
  await requireAdmin();
  const saved = await setRefundFeePolicy({ refundFeePolicy: formData.get("refundFeePolicy") });
  revalidatePath("/admin/fees");
  redirect(`${backTo(formData, saved ? "refundPolicy" : "platform")}#refund-policy`);
}
