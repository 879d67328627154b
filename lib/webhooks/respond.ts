import { deliverPendingEmailsQuietly } from "@/lib/email/deliver";
import { logger } from "@/lib/logger";
import type Stripe from "stripe";
import { processStripeEvent, type EventHandlers } from "./process-event";
import { verifyWebhook } from "./verify";

/**
 * The whole webhook exchange: 400 for a bad signature, 200 once the event is applied (or was
 * already, or nobody handles it), 500 when handling failed, so that Stripe retries.
 */
export async function handleWebhookRequest(
  request: Request,
  secret: string,
  handlers: EventHandlers,
  accept: (event: Stripe.Event) => string | null = () => null,
): Promise<Response> {
  const verified = await verifyWebhook(request, secret);
  if (!verified.ok) return verified.response;
  const { event } = verified;
  const refusal = accept(event);
  if (refusal) return Response.json({ error: refusal }, { status: 400 });
  try {
    const result = await processStripeEvent(event, handlers);
    if (result === "processed") await deliverPendingEmailsQuietly();
    return Response.json({ received: true, result });
  } catch (error) {
    logger.error("webhook processing failed", { eventId: event.id, type: event.type, error });
    return Response.json({ error: "Processing failed; Stripe will retry" }, { status: 500 });
  }
}
