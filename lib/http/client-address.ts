import { getEnv } from "@/lib/env";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(source: HeaderSource, name: string): string | undefined {
  if (source instanceof Headers) return source.get(name) ?? undefined;
  const value = source[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/**
 * The client's address, for rate limits. Next.js sets X-Forwarded-For from the socket only when a
 * request does not carry one, so the header is all we have: each trusted proxy in front of the app
 * appends the address it saw, and the entry TRUSTED_PROXY_HOPS from the right is the one our
 * nearest trusted proxy vouches for. Entries further left are written by the client and ignored.
 */
export function clientAddress(headers: HeaderSource): string {
  const forwarded = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const hops = getEnv().TRUSTED_PROXY_HOPS;
  return forwarded[Math.max(forwarded.length - hops, 0)] ?? "unknown";
}
