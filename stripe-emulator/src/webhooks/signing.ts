import { createHmac } from "node:crypto";

/**
 * `Stripe-Signature: t=<unix>,v1=<hex HMAC-SHA256(secret, "<t>.<payload>")>`,
 * byte-for-byte what Stripe sends, so `stripe.webhooks.constructEvent` accepts it.
 * The secret is used as-is (including its `whsec_` prefix), as Stripe does.
 */
export function signPayload(payload: string, secret: string, timestamp: number): string {
  const v1 = createHmac("sha256", secret).update(`${timestamp}.${payload}`, "utf8").digest("hex");
  return `t=${timestamp},v1=${v1}`;
}
