"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireAdmin } from "@/lib/auth/session";
import { retryFailedEmail } from "@/lib/email/deliver";

const retrySchema = z.object({ emailId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });

/** Puts a FAILED email back in the outbox; a worker sends it on its next poll. */
export async function retryEmailAction(formData: FormData): Promise<void> {
  await requireAdmin();
  const parsed = retrySchema.safeParse({ emailId: formData.get("emailId") });
  const ok = parsed.success && (await retryFailedEmail(parsed.data.emailId));
  revalidatePath("/admin/emails");
  redirect(`/admin/emails?retried=${ok ? "ok" : "notFound"}`);
}
