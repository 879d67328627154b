import { readSearchParams, searchResultsSegments } from "@/lib/catalog/search-path";
import { isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "./config";

/**
 * The request header next-intl reads the locale from when a page did not call `setRequestLocale`
 * (its own middleware sets the same one): proxy.ts sets it beside the rewrite.
 */
export const LOCALE_HEADER = "X-NEXT-INTL-LOCALE";

/**
 * Paths that are not pages under `app/[locale]`: route handlers (API, uploads, the post-sign-in
 * landing), Next's own files, the app icon and the files of `public/`. Every other path is rewritten.
 */
const UNLOCALISED = /^\/(?:api|_next|uploads|landing|seed)(?:\/|$)|^\/(?:icon\.svg|favicon\.ico|robots\.txt)$/;

export function isLocalisedPath(pathname: string): boolean {
  return !UNLOCALISED.test(pathname);
}

/**
 * The locale of a path already under the internal segment ("/en/cart" -> "en"), reached directly or
 * by a rewrite Next.js proxied instead of routing (it does so when the server was started on a
 * loopback address such as 127.0.0.1: see the README). Such a path is served as it is, never
 * rewritten again.
 */
export function localeOfPath(pathname: string): Locale | null {
  const segment = /^\/([^/]+)(?:\/|$)/.exec(pathname)?.[1];
  return isLocale(segment) ? segment : null;
}

/** The path without its internal locale segment ("/en/cart" -> "/cart"), as the visitor sees it. */
export function visiblePath(pathname: string): string {
  const locale = localeOfPath(pathname);
  return locale ? pathname.slice(locale.length + 1) || "/" : pathname;
}

/**
 * The internal path a visible page path is served from: under its locale segment, and for search
 * results with the query moved from the parameters into the path (lib/catalog/search-path.ts), so
 * that they are cached pages too (their parameters are then dropped). Null when the path is served as it is.
 */
export function internalPath(pathname: string, params: URLSearchParams, locale: Locale): { pathname: string; keepSearch: boolean } | null {
  const prefixed = localeOfPath(pathname);
  const visible = visiblePath(pathname);
  if (visible === "/search") {
    const search = readSearchParams(params);
    if (search.query) return { pathname: `/${prefixed ?? locale}/search/${searchResultsSegments(search)}`, keepSearch: false };
  }
  if (prefixed) return null;
  return { pathname: `/${locale}${visible === "/" ? "" : visible}`, keepSearch: true };
}

/** The language of a request: the header switch's cookie (set at sign-in from the saved preference), else Accept-Language. */
export function requestLocale(cookieValue: string | undefined, acceptLanguage: string | null): Locale {
  return isLocale(cookieValue) ? cookieValue : negotiateLocale(acceptLanguage);
}

export { LOCALE_COOKIE };
