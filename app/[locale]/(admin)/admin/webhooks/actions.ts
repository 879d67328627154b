"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { parseWebhookFilters, replayEvent, webhookQuery } from "@/lib/admin/webhooks";
import { requireAdmin } from "@/lib/auth/session";

const replaySchema = z.object({ eventId: z.string().regex(/^[A-Za-z0-9_]{1,255}$/) });

/** Runs one recorded event again through its idempotent handler, then shows the outcome. */
export async function replayEventAction(formData: FormData): Promise<void> {
  await requireAdmin();
  // The list comes back with the filters it had.
  const filters = parseWebhookFilters(Object.fromEntries(new URLSearchParams(String(formData.get("back") ?? ""))));
  const parsed = replaySchema.safeParse({ eventId: formData.get("eventId") });
  const result = parsed.success ? await replayEvent(parsed.data.eventId) : "not_found";
  revalidatePath("/admin/webhooks");
  redirect(`/admin/webhooks${webhookQuery(filters, { replayed: result, event: parsed.success ? parsed.data.eventId : undefined })}`);
}
