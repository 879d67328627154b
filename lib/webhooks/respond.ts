import type Stripe from "stripe";
import { logger } from "@/lib/logger";
import { ENDPOINT_HANDLERS, type WebhookEndpoint } from "./process-event";
import { recordStripeEvent } from "./record";
import { verifyWebhook } from "./verify";

/**
 * The whole webhook exchange, at the speed of one insert: 400 for a bad signature (413 for an
 * oversized body), 200 once the event is recorded and its handling queued (or it was already, or
 * nobody handles it), 500 only when the database cannot record it, so that Stripe retries.
 */
export async function handleWebhookRequest(
  request: Request,
  secret: string,
  endpoint: WebhookEndpoint,
  accept: (event: Stripe.Event) => string | null = () => null,
): Promise<Response> {
  const verified = await verifyWebhook(request, secret);
  if (!verified.ok) return verified.response;
  const { event, body } = verified;
  const refusal = accept(event);
  if (refusal) return Response.json({ error: refusal }, { status: 400 });
  try {
    const result = await recordStripeEvent(event, body, endpoint, Boolean(ENDPOINT_HANDLERS[endpoint][event.type]));
    return Response.json({ received: true, result });
  } catch (error) {
    logger.error("webhook could not be recorded", { eventId: event.id, type: event.type, error });
    return Response.json({ error: "Could not record the event; Stripe will retry" }, { status: 500 });
  }
}
