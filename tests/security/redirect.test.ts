import { describe, expect, it } from "vitest";
import { safeCallbackPath, safeRedirectUrl } from "@/lib/safe-redirect";

// APP_URL is http://localhost:3999 in tests (tests/support/setup-file.ts).
describe("safeCallbackPath (open redirect probes)", () => {
  const probes = [
    "/%09/evil.example/",
    "/%0A/evil.example/",
    "/%0D%0A/evil.example/",
    "/%09%09/evil.example/",
    "//evil.example/",
    "/\\evil.example/",
    "\\\\evil.example",
    "https://evil.example/",
    "http:evil.example",
    "javascript:alert(1)",
    "/%5Cevil.example",
  ];

  for (const probe of probes) {
    it(`refuses ${JSON.stringify(probe)} as the browser decodes it`, () => {
      // Next.js hands pages the decoded query string: "%09" arrives as a tab.
      const decoded = decodeURIComponent(probe);
      const path = safeCallbackPath(decoded, "/fallback");
      const landing = new URL(path, "http://localhost:3999");
      expect(landing.origin).toBe("http://localhost:3999");
      expect(path.startsWith("//")).toBe(false);
    });
  }

  it("refuses a tab-prefixed host outright", () => {
    expect(safeCallbackPath("/\t/evil.example/")).toBe("/");
    expect(safeCallbackPath("/\n/evil.example/")).toBe("/");
    expect(safeCallbackPath("/\r\n/evil.example/")).toBe("/");
    expect(safeCallbackPath("/\t\t/evil.example/")).toBe("/");
  });

  it("keeps the app's own paths, with their query and fragment", () => {
    expect(safeCallbackPath("/account?tab=orders#last")).toBe("/account?tab=orders#last");
    expect(safeCallbackPath("http://localhost:3999/cart")).toBe("/cart");
    expect(safeCallbackPath(["/seller", "/admin"])).toBe("/seller");
    expect(safeCallbackPath(undefined, "/x")).toBe("/x");
  });

  it("gives next-auth only URLs of the app's origin", () => {
    expect(safeRedirectUrl("/\t/evil.example/", "http://localhost:3999")).toBe("http://localhost:3999/");
    expect(safeRedirectUrl("https://evil.example/x", "http://localhost:3999")).toBe("http://localhost:3999/");
    expect(safeRedirectUrl("/orders", "http://localhost:3999")).toBe("http://localhost:3999/orders");
  });
});
