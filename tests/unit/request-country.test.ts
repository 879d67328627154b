import { describe, expect, it } from "vitest";
import { countryFromRequest } from "@/lib/connect/request-country";

const from = (headers: Record<string, string>) => countryFromRequest(new Headers(headers));

describe("countryFromRequest", () => {
  it("reads the browser's region, the first supported one", () => {
    expect(from({ "accept-language": "en-US,en;q=0.9" })).toBe("US");
    expect(from({ "accept-language": "fr-BE,fr;q=0.9,en;q=0.5" })).toBe("BE");
    expect(from({ "accept-language": "xx-ZZ,de-DE;q=0.8" })).toBe("DE");
  });
  it("prefers a geo header from the hosting provider", () => {
    expect(from({ "cf-ipcountry": "fr", "accept-language": "en-GB" })).toBe("FR");
  });
  it("does not guess from a language alone: the form asks", () => {
    expect(from({ "accept-language": "en" })).toBeNull();
    expect(from({})).toBeNull();
  });
});
