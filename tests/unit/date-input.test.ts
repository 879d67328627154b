import { describe, expect, it } from "vitest";
import { datePattern, formatIsoDate, parseLocalDate } from "@/lib/i18n/date-input";

describe("date inputs in the interface's language", () => {
  it("reads the pattern from Intl: day/month/year in French and in the app's English (en-GB)", () => {
    expect(datePattern("fr")).toEqual({ order: ["day", "month", "year"], separator: "/" });
    expect(datePattern("en")).toEqual({ order: ["day", "month", "year"], separator: "/" });
  });

  it("formats an ISO date in both languages", () => {
    expect(formatIsoDate("2026-02-03", "fr")).toBe("03/02/2026");
    expect(formatIsoDate("2026-02-03", "en")).toBe("03/02/2026");
    expect(formatIsoDate("", "fr")).toBe("");
    expect(formatIsoDate("garbage", "en")).toBe("");
  });

  it("parses typed dates to ISO in both languages", () => {
    for (const locale of ["fr", "en"] as const) {
      expect(parseLocalDate("03/02/2026", locale)).toBe("2026-02-03");
      expect(parseLocalDate(" 3/2/2026 ", locale)).toBe("2026-02-03");
      expect(parseLocalDate("03.02.2026", locale)).toBe("2026-02-03");
      expect(parseLocalDate("29/02/2028", locale)).toBe("2028-02-29");
      expect(parseLocalDate("2026-02-03", locale)).toBe("2026-02-03");
      expect(parseLocalDate("", locale)).toBe("");
    }
  });

  it("rejects dates that do not exist or are malformed", () => {
    for (const locale of ["fr", "en"] as const) {
      for (const text of ["31/02/2026", "29/02/2026", "00/01/2026", "12/13/2026", "31/04/2026", "03/02/26", "3/2", "aa/bb/cccc", "03/02/2026/1", "2026-02-31"]) {
        expect(parseLocalDate(text, locale), `${locale}: ${text}`).toBeNull();
      }
    }
  });

  it("round-trips", () => {
    for (const locale of ["fr", "en"] as const) {
      expect(parseLocalDate(formatIsoDate("2026-12-31", locale), locale)).toBe("2026-12-31");
    }
  });
});
