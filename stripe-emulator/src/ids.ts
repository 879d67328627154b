import { randomBytes } from "node:crypto";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** Random base62 string; Stripe ids are opaque, so only the prefix matters to clients. */
export function randomToken(length: number): string {
  const bytes = randomBytes(length);
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[(bytes[i] ?? 0) % ALPHABET.length];
  return out;
}

/**
 * Test-mode ids look like Stripe's: `acct_1...`, `cs_test_a1...`, `pi_3...`.
 * The leading digit mirrors Stripe's shard prefix so ids have the familiar shape.
 */
export function newId(prefix: string): string {
  switch (prefix) {
    case "acct":
      return `acct_1${randomToken(15)}`;
    case "cs":
      return `cs_test_a1${randomToken(56)}`;
    case "pi":
    case "ch":
    case "re":
    case "txn":
    case "py":
      return `${prefix}_3${randomToken(23)}`;
    default:
      return `${prefix}_1${randomToken(23)}`;
  }
}

export function newRequestId(): string {
  return `req_${randomToken(14)}`;
}
