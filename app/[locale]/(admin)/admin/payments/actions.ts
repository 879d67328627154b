"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireAdmin } from "@/lib/auth/session";
import { paymentExperienceSchema, setPlatformPaymentExperience, setShopPaymentExperience } from "@/lib/checkout/experience";

const platformSchema = z.object({ paymentExperience: paymentExperienceSchema });
const shopSchema = z.object({ shopId: z.string().min(1).max(64), paymentExperience: z.union([paymentExperienceSchema, z.literal("inherit")]) });

/** The platform's payment experience (hosted, embedded, Payment Element) for checkouts started from now on. */
export async function setPlatformPaymentExperienceAction(formData: FormData): Promise<void> {
  await requireAdmin();
  const parsed = platformSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect("/admin/payments?error=invalid");
  await setPlatformPaymentExperience(parsed.data.paymentExperience);
  revalidatePath("/admin/payments");
  redirect("/admin/payments?saved=1");
}

/** One shop's own experience, or back to the platform's ("inherit"). */
export async function setShopPaymentExperienceAction(formData: FormData): Promise<void> {
  await requireAdmin();
  const parsed = shopSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect("/admin/payments?error=invalid");
  const { shopId, paymentExperience } = parsed.data;
  if (!(await setShopPaymentExperience(shopId, paymentExperience === "inherit" ? null : paymentExperience))) redirect("/admin/payments?error=invalid");
  revalidatePath("/admin/payments");
  redirect("/admin/payments?saved=1");
}
