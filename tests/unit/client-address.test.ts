import { afterEach, describe, expect, it, vi } from "vitest";

async function load(hops?: string) {
  vi.resetModules();
  if (hops) vi.stubEnv("TRUSTED_PROXY_HOPS", hops);
  return (await import("@/lib/http/client-address")).clientAddress;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("clientAddress", () => {
  it("takes the address the nearest proxy appended, not what the client wrote", async () => {
    const clientAddress = await load();
    expect(clientAddress(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.5" }))).toBe("203.0.113.5");
    expect(clientAddress({ "x-forwarded-for": "203.0.113.5" })).toBe("203.0.113.5");
    expect(clientAddress(new Headers())).toBe("unknown");
  });

  it("skips as many trusted proxies as TRUSTED_PROXY_HOPS says", async () => {
    const clientAddress = await load("2");
    expect(clientAddress(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.5, 10.0.0.2" }))).toBe("203.0.113.5");
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.5" }))).toBe("203.0.113.5");
  });
});
