import { getEnv } from "@/lib/env";

/**
 * Form posts to route handlers must come from our own pages (server actions check this
 * themselves). Browsers always send Origin on cross-site POSTs.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return request.headers.get("sec-fetch-site") !== "cross-site";
  const allowed = new Set([new URL(getEnv().APP_URL).origin, new URL(request.url).origin]);
  return allowed.has(origin);
}
