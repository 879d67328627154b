"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { setCancelAtPeriodEnd, type CancelResult } from "@/lib/subscriptions/manage";

const input = z.object({ subscriptionId: z.string().min(1).max(64), cancel: z.boolean() });

/** Cancel at the end of the period, or take that back (done on the seller's account through Stripe). */
export async function cancelAtPeriodEndAction(raw: unknown): Promise<CancelResult | { ok: false; reason: "invalid" }> {
  const user = await requireUser("/account/subscriptions");
  const parsed = input.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const result = await setCancelAtPeriodEnd(user.id, parsed.data.subscriptionId, parsed.data.cancel);
  revalidatePath("/account/subscriptions");
  return result;
}
