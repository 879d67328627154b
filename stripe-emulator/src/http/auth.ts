import type { IncomingMessage } from "node:http";
import { unauthorized } from "./errors";

function mask(key: string): string {
  return key.length > 12 ? `${key.slice(0, 8)}${"*".repeat(Math.max(4, key.length - 12))}${key.slice(-4)}` : key;
}

/** Publishable keys (`pk_test_…`) authenticate Stripe.js's browser calls; any key with the test prefix is accepted. */
export const PUBLISHABLE_PREFIX = "pk_test_";

export interface ApiKey {
  key: string;
  publishable: boolean;
}

/** A secret key, or (when `allowPublishable`) a publishable one; anything else is a 401 as on Stripe. */
export function authenticateKey(req: IncomingMessage, prefixes: string[]): ApiKey {
  const key = readKey(req);
  if (key.startsWith(PUBLISHABLE_PREFIX)) return { key, publishable: true };
  if (!prefixes.some((p) => key.startsWith(p))) throw unauthorized(`Invalid API Key provided: ${mask(key)}`);
  return { key, publishable: false };
}

export function publishableRefused(): ReturnType<typeof unauthorized> {
  return unauthorized(
    "This API call cannot be made with a publishable API key. Please use a secret API key. You can find a list of your API keys at https://dashboard.stripe.com/account/apikeys.",
  );
}

/** Extract the secret key from `Authorization: Bearer <key>` (or Basic `<key>:` like curl -u). */
export function authenticate(req: IncomingMessage, prefixes: string[]): string {
  const { key, publishable } = authenticateKey(req, prefixes);
  if (publishable) throw publishableRefused();
  return key;
}

function readKey(req: IncomingMessage): string {
  const header = req.headers.authorization ?? "";
  let key = "";
  const [scheme, value = ""] = header.split(" ", 2);
  if (scheme?.toLowerCase() === "bearer") key = value.trim();
  else if (scheme?.toLowerCase() === "basic") key = Buffer.from(value, "base64").toString("utf8").split(":")[0] ?? "";
  if (!key) {
    throw unauthorized(
      "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.",
    );
  }
  return key;
}
