"use server";

import { revalidatePath } from "next/cache";
import { requireAdmin } from "@/lib/auth/session";
import { setFeeBase } from "@/lib/shipping/rates";
import { feeBaseSchema } from "@/lib/validations/shipping";

/** Fee on goods only, or on goods + shipping (issue 15); an unknown value changes nothing. */
export async function setFeeBaseAction(formData: FormData): Promise<void> {
  await requireAdmin();
  const parsed = feeBaseSchema.safeParse(formData.get("feeBase"));
  if (parsed.success) await setFeeBase(parsed.data);
  revalidatePath("/admin/fees");
}
