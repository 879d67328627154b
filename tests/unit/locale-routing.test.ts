import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { isLocalisedPath, LOCALE_COOKIE, LOCALE_HEADER, localeOfPath, requestLocale } from "@/lib/i18n/routing";
import { proxy } from "@/proxy";

describe("the internal locale segment", () => {
  it("pages are rewritten, route handlers and Next's files are not", () => {
    expect(isLocalisedPath("/")).toBe(true);
    expect(isLocalisedPath("/products/p1")).toBe(true);
    expect(isLocalisedPath("/api/me")).toBe(false);
    expect(isLocalisedPath("/uploads/a.png")).toBe(false);
  });

  it("the cookie wins over Accept-Language, which wins over French", () => {
    expect(requestLocale("en", "fr-FR,fr;q=0.9")).toBe("en");
    expect(requestLocale(undefined, "en-GB,en;q=0.9")).toBe("en");
    expect(requestLocale("de", null)).toBe("fr");
  });

  it("knows a path already under the segment", () => {
    expect(localeOfPath("/en/cart")).toBe("en");
    expect(localeOfPath("/fr")).toBe("fr");
    expect(localeOfPath("/frites")).toBeNull();
    expect(localeOfPath("/products/en")).toBeNull();
  });
});

describe("proxy.ts", () => {
  const rewriteOf = (url: string, headers: Record<string, string> = {}) => proxy(new NextRequest(url, { headers })).headers.get("x-middleware-rewrite");

  it("rewrites a page to its language's segment on the request's own origin", () => {
    expect(rewriteOf("http://localhost:3000/products/p1?x=1", { cookie: `${LOCALE_COOKIE}=en` })).toBe("http://localhost:3000/en/products/p1?x=1");
    expect(rewriteOf("http://localhost:3000/", { "accept-language": "fr-FR" })).toBe("http://localhost:3000/fr");
  });

  it("never rewrites a path already under the segment again (no /fr/fr/… loop), and keeps its CSP by the visible path", () => {
    const response = proxy(new NextRequest("http://localhost:3000/fr/products/p1", { headers: { cookie: `${LOCALE_COOKIE}=en` } }));
    expect(response.headers.get("x-middleware-rewrite")).toBeNull();
    expect(response.headers.get("x-middleware-request-" + LOCALE_HEADER.toLowerCase())).toBe("fr");
    expect(response.headers.get("content-security-policy")).not.toContain("nonce-");
  });

  it("sends a search to the cached path of its query, and a search without one to the plain page", () => {
    const cookie = { cookie: `${LOCALE_COOKIE}=en` };
    expect(rewriteOf("http://localhost:3000/search?q=tasse&page=2", cookie)).toBe("http://localhost:3000/en/search/2/dGFzc2U");
    expect(rewriteOf("http://localhost:3000/fr/search?q=tasse", cookie)).toBe("http://localhost:3000/fr/search/1/dGFzc2U");
    expect(rewriteOf("http://localhost:3000/search?q=%20%20", cookie)).toBe("http://localhost:3000/en/search?q=%20%20");
    const response = proxy(new NextRequest("http://localhost:3000/search?q=tasse"));
    expect(response.headers.get("content-security-policy")).not.toContain("nonce-");
  });
});
