import type { IncomingMessage } from "node:http";
import { unauthorized } from "./errors";

function mask(key: string): string {
  return key.length > 12 ? `${key.slice(0, 8)}${"*".repeat(Math.max(4, key.length - 12))}${key.slice(-4)}` : key;
}

/** Extract the secret key from `Authorization: Bearer <key>` (or Basic `<key>:` like curl -u). */
export function authenticate(req: IncomingMessage, prefixes: string[]): string {
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
  if (!prefixes.some((p) => key.startsWith(p))) throw unauthorized(`Invalid API Key provided: ${mask(key)}`);
  return key;
}
