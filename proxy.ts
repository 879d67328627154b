import { NextResponse, type NextRequest } from "next/server";
import { internalPath, isLocalisedPath, LOCALE_COOKIE, LOCALE_HEADER, localeOfPath, requestLocale, visiblePath } from "@/lib/i18n/routing";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "@/lib/security/body-limit";
import { pageSecurityForPath } from "@/lib/security/headers";

/**
 * Runs before every page (not /api, not static files):
 * - a server-action post announcing a body over the limit is answered 413 before anything reads it
 *   (Next.js itself would fail with a 500 and a reset connection);
 * - every page is rewritten to the internal `/{locale}` segment (app/[locale]), the language taken
 *   from the cookie, else Accept-Language: the visible URL carries no locale, and a page can be
 *   rendered once per language and cached, without reading cookies itself; search results are
 *   rewritten to a path that carries the query, so they are cached pages too;
 * - the Content-Security-Policy (lib/security/headers.ts decides from the path): catalogue pages,
 *   served from the cache, get no nonce; every other page a fresh one, handed to Next.js in the
 *   request headers so it puts it on its inline scripts.
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

  const { pathname, searchParams } = request.nextUrl;
  const { nonce, headers } = pageSecurityForPath(visiblePath(pathname));
  const requestHeaders = new Headers(request.headers);
  if (nonce) {
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  } else {
    // A cached page must not learn a nonce from whoever happened to render it.
    requestHeaders.delete("Content-Security-Policy");
  }

  let response: NextResponse;
  const locale = isLocalisedPath(pathname)
    ? (localeOfPath(pathname) ?? requestLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get("accept-language")))
    : null;
  const internal = locale && internalPath(pathname, searchParams, locale);
  if (locale) requestHeaders.set(LOCALE_HEADER, locale);
  if (internal) {
    // Same origin as the request as Next.js sees it: a rewrite to any other origin is proxied over
    // HTTP instead of routed inside the server (see scripts/dev.ts for the development host).
    const target = request.nextUrl.clone();
    target.pathname = internal.pathname;
    if (!internal.keepSearch) target.search = "";
    response = NextResponse.rewrite(target, { request: { headers: requestHeaders } });
  } else {
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!api/|_next/static|_next/image|favicon.ico).*)" }],
};
