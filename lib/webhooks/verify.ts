import type Stripe from "stripe";
import { getStripe } from "@/lib/stripe";

export type VerifiedWebhook = { ok: true; event: Stripe.Event } | { ok: false; response: Response };

/**
 * Checks Stripe-Signature against the raw body (never a re-serialised one). A missing, wrong or
 * stale signature is the sender's fault: 400, so a forgery is not retried.
 */
export async function verifyWebhook(request: Request, secret: string): Promise<VerifiedWebhook> {
  const signature = request.headers.get("stripe-signature");
  const body = await request.text();
  if (!signature) return { ok: false, response: Response.json({ error: "Missing Stripe-Signature header" }, { status: 400 }) };
  try {
    return { ok: true, event: getStripe().webhooks.constructEvent(body, signature, secret) };
  } catch {
    return { ok: false, response: Response.json({ error: "Invalid or expired signature" }, { status: 400 }) };
  }
}
