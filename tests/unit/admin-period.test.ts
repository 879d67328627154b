import { describe, expect, it } from "vitest";
import { buildSeries } from "@/lib/admin/overview";
import { formatChange } from "@/lib/admin/format";
import { adminReturnPath, withFlash } from "@/lib/admin/schemas";
import {
  bucketIndex,
  parseIsoDate,
  percentChange,
  periodBuckets,
  PeriodError,
  resolvePeriod,
  startOfIsoWeek,
  type Period,
} from "@/lib/admin/period";

const iso = (date: Date) => date.toISOString();
const utc = (text: string) => new Date(text);

function expectPeriod(period: Period, expected: { start: string; end: string; previousStart: string; previousEnd: string }) {
  expect({
    start: iso(period.start),
    end: iso(period.end),
    previousStart: iso(period.previousStart),
    previousEnd: iso(period.previousEnd),
  }).toEqual(expected);
}

describe("resolvePeriod", () => {
  // 23:30 UTC on Sunday 8 March 2026 is already Monday 9 March in Paris: UTC decides.
  const lateSunday = utc("2026-03-08T23:30:00Z");

  it("day: the UTC day holding now, and the day before", () => {
    expectPeriod(resolvePeriod("day", undefined, undefined, lateSunday), {
      start: "2026-03-08T00:00:00.000Z",
      end: "2026-03-09T00:00:00.000Z",
      previousStart: "2026-03-07T00:00:00.000Z",
      previousEnd: "2026-03-08T00:00:00.000Z",
    });
  });

  it("day: a reference date chooses another day; the previous day crosses a year", () => {
    expectPeriod(resolvePeriod("day", "2026-01-01", undefined, lateSunday), {
      start: "2026-01-01T00:00:00.000Z",
      end: "2026-01-02T00:00:00.000Z",
      previousStart: "2025-12-31T00:00:00.000Z",
      previousEnd: "2026-01-01T00:00:00.000Z",
    });
  });

  it("week: ISO week, Monday to Monday; a Sunday belongs to the week that started six days before", () => {
    expectPeriod(resolvePeriod("week", undefined, undefined, lateSunday), {
      start: "2026-03-02T00:00:00.000Z",
      end: "2026-03-09T00:00:00.000Z",
      previousStart: "2026-02-23T00:00:00.000Z",
      previousEnd: "2026-03-02T00:00:00.000Z",
    });
    // Monday 00:00 UTC starts a new week.
    expect(iso(resolvePeriod("week", undefined, undefined, utc("2026-03-09T00:00:00Z")).start)).toBe("2026-03-09T00:00:00.000Z");
    // A week across the new year (Thursday 1 January 2026 is in the week of Monday 29 December).
    expectPeriod(resolvePeriod("week", "2026-01-01", undefined, lateSunday), {
      start: "2025-12-29T00:00:00.000Z",
      end: "2026-01-05T00:00:00.000Z",
      previousStart: "2025-12-22T00:00:00.000Z",
      previousEnd: "2025-12-29T00:00:00.000Z",
    });
  });

  it("startOfIsoWeek for every day of a week", () => {
    for (let day = 9; day <= 15; day++) {
      expect(iso(startOfIsoWeek(utc(`2026-03-${String(day).padStart(2, "0")}T12:00:00Z`)))).toBe("2026-03-09T00:00:00.000Z");
    }
  });

  it("month: calendar month, compared with the month before at its own length", () => {
    // March (31 days) against February 2026 (28 days).
    expectPeriod(resolvePeriod("month", undefined, undefined, lateSunday), {
      start: "2026-03-01T00:00:00.000Z",
      end: "2026-04-01T00:00:00.000Z",
      previousStart: "2026-02-01T00:00:00.000Z",
      previousEnd: "2026-03-01T00:00:00.000Z",
    });
    // Leap year: February 2028 has 29 days; January before it.
    expectPeriod(resolvePeriod("month", "2028-02-29", undefined, lateSunday), {
      start: "2028-02-01T00:00:00.000Z",
      end: "2028-03-01T00:00:00.000Z",
      previousStart: "2028-01-01T00:00:00.000Z",
      previousEnd: "2028-02-01T00:00:00.000Z",
    });
    // January: the previous month is December of the year before.
    expectPeriod(resolvePeriod("month", "2026-01-31", undefined, lateSunday), {
      start: "2026-01-01T00:00:00.000Z",
      end: "2026-02-01T00:00:00.000Z",
      previousStart: "2025-12-01T00:00:00.000Z",
      previousEnd: "2026-01-01T00:00:00.000Z",
    });
    // December: ends on 1 January of the next year.
    expect(iso(resolvePeriod("month", "2025-12-15", undefined, lateSunday).end)).toBe("2026-01-01T00:00:00.000Z");
  });

  it("month: the last instant of a month in UTC is still that month", () => {
    const period = resolvePeriod("month", undefined, undefined, utc("2026-04-30T23:59:59.999Z"));
    expect(iso(period.start)).toBe("2026-04-01T00:00:00.000Z");
    expect(iso(period.end)).toBe("2026-05-01T00:00:00.000Z");
  });

  it("custom: both days included; the previous period has the same length, just before", () => {
    expectPeriod(resolvePeriod("custom", "2026-03-01", "2026-03-10", lateSunday), {
      start: "2026-03-01T00:00:00.000Z",
      end: "2026-03-11T00:00:00.000Z",
      previousStart: "2026-02-19T00:00:00.000Z",
      previousEnd: "2026-03-01T00:00:00.000Z",
    });
    // One day.
    expectPeriod(resolvePeriod("custom", "2026-03-01", "2026-03-01", lateSunday), {
      start: "2026-03-01T00:00:00.000Z",
      end: "2026-03-02T00:00:00.000Z",
      previousStart: "2026-02-28T00:00:00.000Z",
      previousEnd: "2026-03-01T00:00:00.000Z",
    });
  });

  it("refuses bad custom periods and bad dates", () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error instanceof PeriodError ? error.code : "other";
      }
      return null;
    };
    expect(code(() => resolvePeriod("custom", undefined, "2026-03-01", lateSunday))).toBe("missingDates");
    expect(code(() => resolvePeriod("custom", "2026-03-01", "2026-02-30", lateSunday))).toBe("invalidDate");
    expect(code(() => resolvePeriod("custom", "2026-03-10", "2026-03-01", lateSunday))).toBe("endBeforeStart");
    expect(code(() => resolvePeriod("custom", "2020-01-01", "2026-03-01", lateSunday))).toBe("tooLong");
    expect(code(() => resolvePeriod("week", "not-a-date", undefined, lateSunday))).toBe("invalidDate");
  });
});

describe("parseIsoDate", () => {
  it("reads YYYY-MM-DD as UTC midnight and refuses impossible days", () => {
    expect(iso(parseIsoDate("2026-02-28")!)).toBe("2026-02-28T00:00:00.000Z");
    expect(parseIsoDate("2026-02-29")).toBeNull();
    expect(iso(parseIsoDate("2028-02-29")!)).toBe("2028-02-29T00:00:00.000Z");
    expect(parseIsoDate("2026-13-01")).toBeNull();
    expect(parseIsoDate("")).toBeNull();
  });

  it("reads the day as typed in the date field without JavaScript (day/month/year)", () => {
    expect(iso(parseIsoDate("09/03/2026")!)).toBe("2026-03-09T00:00:00.000Z");
    expect(iso(parseIsoDate(" 9.3.2026 ")!)).toBe("2026-03-09T00:00:00.000Z");
    expect(parseIsoDate("31/02/2026")).toBeNull();
    expect(parseIsoDate("09/03/26")).toBeNull();
    expect(parseIsoDate("03/09")).toBeNull();
  });
});

describe("chart buckets", () => {
  it("one bucket per day for a month, one per month beyond 92 days", () => {
    const march = resolvePeriod("month", "2026-03-01", undefined, new Date());
    const daily = periodBuckets(march.start, march.end);
    expect(daily.unit).toBe("day");
    expect(daily.buckets).toHaveLength(31);
    expect(bucketIndex(daily.buckets, utc("2026-03-31T23:59:59Z"))).toBe(30);
    expect(bucketIndex(daily.buckets, utc("2026-04-01T00:00:00Z"))).toBe(-1);

    const year = resolvePeriod("custom", "2025-06-15", "2026-03-10", new Date());
    const monthly = periodBuckets(year.start, year.end);
    expect(monthly.unit).toBe("month");
    expect(monthly.buckets).toHaveLength(10);
    expect(iso(monthly.buckets[0]!.start)).toBe("2025-06-15T00:00:00.000Z");
    expect(iso(monthly.buckets.at(-1)!.end)).toBe("2026-03-11T00:00:00.000Z");
  });

  it("buildSeries puts each paid order in its day, per currency", () => {
    const period = resolvePeriod("week", "2026-03-09", undefined, new Date());
    const series = buildSeries(period, [
      { currency: "eur", subtotalAmount: 1000, paidAt: utc("2026-03-09T00:00:00Z") },
      { currency: "eur", subtotalAmount: 500, paidAt: utc("2026-03-09T23:59:59Z") },
      { currency: "usd", subtotalAmount: 700, paidAt: utc("2026-03-15T12:00:00Z") },
      { currency: "eur", subtotalAmount: 9999, paidAt: utc("2026-03-16T00:00:00Z") },
      { currency: "eur", subtotalAmount: 9999, paidAt: null },
    ], "UTC");
    expect(series.get("eur")!.points.map((p) => p.gross)).toEqual([1500, 0, 0, 0, 0, 0, 0]);
    expect(series.get("eur")!.points[0]!.orders).toBe(2);
    expect(series.get("usd")!.points.map((p) => p.gross)).toEqual([0, 0, 0, 0, 0, 0, 700]);
  });
});

describe("percentChange", () => {
  it("is a percentage of the previous figure, 'new' from zero, 'none' from zero to zero", () => {
    expect(percentChange(150, 100)).toEqual({ kind: "percent", value: 50 });
    expect(percentChange(50, 100)).toEqual({ kind: "percent", value: -50 });
    expect(percentChange(100, 100)).toEqual({ kind: "percent", value: 0 });
    expect(percentChange(5, 0)).toEqual({ kind: "new" });
    expect(percentChange(0, 0)).toEqual({ kind: "none" });
    expect(percentChange(0, 40)).toEqual({ kind: "percent", value: -100 });
  });

  it("formats with a sign, in each language", () => {
    const words = { new: "nouveau", none: "—" };
    expect(formatChange({ kind: "percent", value: 12.345 }, "en", words)).toEqual({ text: "+12.3%", direction: "up" });
    expect(formatChange({ kind: "percent", value: -50 }, "fr", words).text.replace(/\s/g, " ")).toBe("-50 %");
    expect(formatChange({ kind: "new" }, "fr", words)).toEqual({ text: "nouveau", direction: "new" });
  });
});

describe("admin action redirects", () => {
  it("go back to admin pages only, without the previous message", () => {
    expect(adminReturnPath("/admin/accounts?filter=restricted&notice=suspended&shop=X", "/admin")).toBe("/admin/accounts?filter=restricted");
    expect(adminReturnPath("//evil.example/admin", "/admin")).toBe("/admin");
    expect(adminReturnPath("https://evil.example/admin", "/admin")).toBe("/admin");
    expect(adminReturnPath("/administrator", "/admin")).toBe("/admin");
    expect(adminReturnPath("/seller", "/admin")).toBe("/admin");
    expect(adminReturnPath(null, "/admin/shops")).toBe("/admin/shops");
    expect(withFlash("/admin/shops?q=port", { notice: "suspended", shop: "Brûlerie du Port" })).toBe(
      "/admin/shops?q=port&notice=suspended&shop=Br%C3%BBlerie+du+Port",
    );
  });
});

describe("periods in the business time zone", () => {
  const paris = (kind: "day" | "week" | "month", from: string | undefined, now = new Date("2026-03-09T12:00:00Z")) =>
    resolvePeriod(kind, from, undefined, now, "Europe/Paris");

  it("starts days at midnight in Paris, whatever the server's zone", () => {
    const day = paris("day", "2026-03-09");
    expect(day.start.toISOString()).toBe("2026-03-08T23:00:00.000Z");
    expect(day.end.toISOString()).toBe("2026-03-09T23:00:00.000Z");
    // 23:30 UTC on the 9th is already the 10th in Paris.
    expect(paris("day", undefined, new Date("2026-03-09T23:30:00Z")).start.toISOString()).toBe("2026-03-09T23:00:00.000Z");
  });

  it("follows daylight saving time (a 23-hour day, months across the change)", () => {
    const springForward = paris("day", "2026-03-29");
    expect(springForward.end.getTime() - springForward.start.getTime()).toBe(23 * 3_600_000);
    const march = paris("month", "2026-03-15");
    expect(march.start.toISOString()).toBe("2026-02-28T23:00:00.000Z");
    expect(march.end.toISOString()).toBe("2026-03-31T22:00:00.000Z");
    expect(paris("week", "2026-03-11").start.toISOString()).toBe("2026-03-08T23:00:00.000Z");
  });

  it("cuts chart buckets at local midnights", () => {
    const { start, end } = paris("week", "2026-03-25");
    const { buckets } = periodBuckets(start, end, "Europe/Paris");
    expect(buckets).toHaveLength(7);
    expect(buckets[6]!.start.toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(buckets[6]!.end.toISOString()).toBe("2026-03-29T22:00:00.000Z");
  });
});

describe("fee ledger filters", () => {
  it("read the period as the date field sends it, with or without JavaScript, and drop what is not a day", async () => {
    const { parseLedgerFilters } = await import("@/lib/admin/ledger");
    const scripted = parseLedgerFilters({ from: "2026-03-09", to: "2026-03-15" });
    const typed = parseLedgerFilters({ from: "09/03/2026", to: "15/03/2026" });
    expect(typed).toEqual(scripted);
    expect(iso(typed.from!)).toBe("2026-03-09T00:00:00.000Z");
    expect(parseLedgerFilters({ from: "31/02/2026", to: "soon" })).toEqual({ shopId: undefined, from: undefined, to: undefined });
  });
});
