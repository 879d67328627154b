import type Stripe from "stripe";
import { db } from "@/lib/db";
import { deliverPendingEmailsQuietly } from "@/lib/email/deliver";
import { connectHandlers } from "./connect-handlers";
import { platformHandlers } from "./platform-handlers";
import { processStripeEvent, type ProcessResult } from "./process-event";

/**
 * Runs a recorded event again through the handler it was meant for (Connect events carry their
 * account). The handlers are idempotent, so replaying a processed event changes nothing that is
 * already true, and replaying a failed one finishes its work.
 */
export async function replayStripeEvent(eventId: string): Promise<ProcessResult | "not_found" | "no_payload"> {
  const row = await db.stripeEvent.findUnique({ where: { id: eventId } });
  if (!row) return "not_found";
  if (!row.payload) return "no_payload";
  const event = row.payload as unknown as Stripe.Event;
  const result = await processStripeEvent(event, event.account ? connectHandlers : platformHandlers, { replay: true });
  if (result === "processed") await deliverPendingEmailsQuietly();
  return result;
}
