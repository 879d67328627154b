import { getEnv } from "@/lib/env";
import { platformHandlers } from "@/lib/webhooks/platform-handlers";
import { handleWebhookRequest } from "@/lib/webhooks/respond";

// The platform's own events (application fees, for instance), signed with their own secret.
export async function POST(request: Request) {
  return handleWebhookRequest(request, getEnv().STRIPE_WEBHOOK_SECRET, platformHandlers);
}
