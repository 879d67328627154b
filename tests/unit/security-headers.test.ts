import { describe, expect, it } from "vitest";
import { BASE_SECURITY_HEADERS } from "@/lib/security/base-headers";
import { emulatorOrigin, isCataloguePath, pageSecurityForPath, pageSecurityHeaders } from "@/lib/security/headers";

const emulatorEnv = { NODE_ENV: "production", APP_URL: "http://localhost:3000", STRIPE_SECRET_KEY: "sk_test_emulator_x", STRIPE_API_HOST: "http://127.0.0.1:12555" };
const stripeEnv = { NODE_ENV: "production", APP_URL: "https://shop.example", STRIPE_SECRET_KEY: "sk_live_abc" };

const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `)) ?? "";

describe("security headers", () => {
  it("forbid framing, sniffing and full referrers everywhere", () => {
    expect(Object.fromEntries(BASE_SECURITY_HEADERS.map((h) => [h.key, h.value]))).toEqual({
      "X-Frame-Options": "DENY",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
  });

  it("allow scripts only from ourselves with this request's nonce, and from Stripe", () => {
    const policy = pageSecurityHeaders("abc123", stripeEnv)["Content-Security-Policy"]!;
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'nonce-abc123' https://js.stripe.com");
    expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
    expect(directive(policy, "frame-src")).toContain("https://js.stripe.com");
    expect(directive(policy, "form-action")).toContain("https://checkout.stripe.com");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toContain("127.0.0.1");
  });

  it("allow the emulator's origin, taken from the configured API host, in emulator mode", () => {
    expect(emulatorOrigin(emulatorEnv)).toBe("http://127.0.0.1:12555");
    expect(emulatorOrigin(stripeEnv)).toBeNull();
    const headers = pageSecurityHeaders("n", emulatorEnv);
    for (const name of ["script-src", "frame-src", "connect-src", "form-action"]) {
      expect(directive(headers["Content-Security-Policy"]!, name)).toContain("http://127.0.0.1:12555");
    }
    expect(headers["Permissions-Policy"]).toContain('payment=(self "https://js.stripe.com"');
    expect(headers["Permissions-Policy"]).toContain('"http://127.0.0.1:12555"');
  });

  it("send HSTS and upgrade requests only when APP_URL is https", () => {
    expect(pageSecurityHeaders("n", stripeEnv)["Strict-Transport-Security"]).toMatch(/^max-age=\d+/);
    expect(pageSecurityHeaders("n", stripeEnv)["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
    expect(pageSecurityHeaders("n", emulatorEnv)["Strict-Transport-Security"]).toBeUndefined();
    expect(pageSecurityHeaders("n", emulatorEnv)["Content-Security-Policy"]).not.toContain("upgrade-insecure-requests");
  });

  it("give cached catalogue pages the same policy with inline scripts instead of a nonce", () => {
    for (const path of ["/", "/shops/atelier-lumiere", "/products/abc123", "/search", "/search/1/dGFzc2U"]) {
      expect(isCataloguePath(path)).toBe(true);
      const { nonce, headers } = pageSecurityForPath(path, stripeEnv);
      expect(nonce).toBeNull();
      const policy = headers["Content-Security-Policy"]!;
      expect(directive(policy, "script-src")).toBe("script-src 'self' 'unsafe-inline' https://js.stripe.com");
      expect(policy).not.toContain("nonce-");
      expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
      expect(directive(policy, "object-src")).toBe("object-src 'none'");
    }
    expect(directive(pageSecurityForPath("/", emulatorEnv).headers["Content-Security-Policy"]!, "script-src")).toBe(
      "script-src 'self' 'unsafe-inline' https://js.stripe.com http://127.0.0.1:12555",
    );
  });

  it("keep a fresh nonce on every other page", () => {
    for (const path of ["/cart", "/checkout/success", "/account", "/seller/products", "/admin", "/signin", "/searching", "/shops/x/extra", "/products"]) {
      expect(isCataloguePath(path)).toBe(false);
      const first = pageSecurityForPath(path, stripeEnv);
      const second = pageSecurityForPath(path, stripeEnv);
      expect(first.nonce).toMatch(/^[A-Za-z0-9+/=]{24}$/);
      expect(second.nonce).not.toBe(first.nonce);
      expect(directive(first.headers["Content-Security-Policy"]!, "script-src")).toBe(`script-src 'self' 'nonce-${first.nonce}' https://js.stripe.com`);
      expect(first.headers["Content-Security-Policy"]).not.toContain("unsafe-inline' https://js");
    }
  });

  it("let React evaluate code in development only", () => {
    expect(pageSecurityHeaders("n", { ...emulatorEnv, NODE_ENV: "development" })["Content-Security-Policy"]).toContain("'unsafe-eval'");
  });
});
