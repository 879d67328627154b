import { getEnv } from "@/lib/env";
import { handleWebhookRequest } from "@/lib/webhooks/respond";

// Events of connected accounts: direct charges' Checkout events and account.updated arrive here,
// each carrying the account it belongs to.
export async function POST(request: Request) {
  return handleWebhookRequest(request, getEnv().STRIPE_CONNECT_WEBHOOK_SECRET, "connect", (event) =>
    event.account || event.type === "account.updated" ? null : "Connect events must name their account",
  );
}
