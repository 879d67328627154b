import { db } from "@/lib/db";
import { endpointOf, processStripeEvent, type ProcessResult } from "./process-event";
import type Stripe from "stripe";

/**
 * Runs a recorded event again through the handler it was meant for (Connect events carry their
 * account), at once, for the operator who asked. The handlers are idempotent, so replaying a
 * processed event changes nothing that is already true, and replaying a failed one finishes its
 * work (its emails go out with the outbox, like any other).
 */
export async function replayStripeEvent(eventId: string): Promise<ProcessResult | "not_found" | "no_payload"> {
  const row = await db.stripeEvent.findUnique({ where: { id: eventId }, select: { payload: true } });
  if (!row) return "not_found";
  if (!row.payload) return "no_payload";
  return processStripeEvent(eventId, endpointOf(row.payload as unknown as Stripe.Event), { replay: true, final: true });
}
