import { getEnv } from "@/lib/env";
import { handleWebhookRequest } from "@/lib/webhooks/respond";

// The platform's own events (application fees, for instance), signed with their own secret;
// recorded and queued here, applied by a worker.
export async function POST(request: Request) {
  return handleWebhookRequest(request, getEnv().STRIPE_WEBHOOK_SECRET, "platform");
}
