import type Stripe from "stripe";
import { getStripe } from "@/lib/stripe";

export type VerifiedWebhook = { ok: true; event: Stripe.Event; body: string } | { ok: false; response: Response };

/** Stripe's events are a few kilobytes; nothing legitimate comes near this. */
export const MAX_WEBHOOK_BODY_BYTES = 1024 * 1024;
/** Stripe's own tolerance for an old signature; a timestamp this far ahead of our clock is refused too. */
const TOLERANCE_SECONDS = 300;

const refuse = (status: number, error: string): VerifiedWebhook => ({ ok: false, response: Response.json({ error }, { status }) });

/**
 * Checks Stripe-Signature against the raw body (never a re-serialised one). A missing signature
 * is refused before the body is read; a body over 1 MB is refused (413) without reading the rest;
 * a wrong, stale or future-dated signature is the sender's fault: 400, so a forgery is not retried.
 */
export async function verifyWebhook(request: Request, secret: string): Promise<VerifiedWebhook> {
  const signature = request.headers.get("stripe-signature");
  if (!signature) return refuse(400, "Missing Stripe-Signature header");
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_WEBHOOK_BODY_BYTES) return refuse(413, "Payload too large");
  const body = await readCapped(request, MAX_WEBHOOK_BODY_BYTES);
  if (body === null) return refuse(413, "Payload too large");

  const timestamp = Number(/(?:^|,)\s*t=(\d+)/.exec(signature)?.[1]);
  if (Number.isFinite(timestamp) && timestamp - Date.now() / 1000 > TOLERANCE_SECONDS) return refuse(400, "Signature timestamp is in the future");
  try {
    return { ok: true, event: getStripe().webhooks.constructEvent(body, signature, secret, TOLERANCE_SECONDS), body };
  } catch {
    return refuse(400, "Invalid or expired signature");
  }
}

/** The body as text, or null as soon as it passes `limit` bytes (the rest is never buffered). */
async function readCapped(request: Request, limit: number): Promise<string | null> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
