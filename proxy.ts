import { NextResponse, type NextRequest } from "next/server";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "@/lib/security/body-limit";
import { pageSecurityHeaders } from "@/lib/security/headers";

/**
 * Runs before every page (not /api, not static files):
 * - a fresh nonce and the Content-Security-Policy for this response; Next.js reads the policy from
 *   the request headers and puts the nonce on its inline scripts (pages are rendered per request);
 * - a server-action post announcing a body over the limit is answered 413 before anything reads it
 *   (Next.js itself would fail with a 500 and a reset connection).
 * Permissions-Policy and HSTS are set here too (they depend on the environment at run time); the
 * headers that do not are set for every path in next.config.ts.
 */
export function proxy(request: NextRequest) {
  if (request.method === "POST" && request.headers.has("next-action")) {
    const length = Number(request.headers.get("content-length") ?? "0");
    if (length > SERVER_ACTION_BODY_LIMIT_BYTES) {
      return new NextResponse("Payload too large", { status: 413, headers: { "Content-Type": "text/plain; charset=utf-8", Connection: "close" } });
    }
  }

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
  const headers = pageSecurityHeaders(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!api/|_next/static|_next/image|favicon.ico).*)" }],
};
