// Period maths for the admin overview. Pure functions. Calendar arithmetic is done on "civil" days
// (a calendar date held as that date at 00:00 UTC), then each boundary becomes the instant that
// day starts in the business time zone (`timeZone`, UTC when not given): a "day" is a calendar day
// there, a "week" an ISO week (Monday 00:00 to the next Monday), a "month" a calendar month. Every
// period is half-open, [start, end): an order paid at exactly `end` belongs to the next period.

import { parseLocalDate } from "@/lib/i18n/date-input";

export const PERIOD_KINDS = ["day", "week", "month", "custom"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export type Period = {
  kind: PeriodKind;
  start: Date;
  end: Date;
  /** The period just before, to compare with: see `resolvePeriod` for its length. */
  previousStart: Date;
  previousEnd: Date;
};

export const DAY_MS = 86_400_000;
/** Custom periods longer than this are refused (the overview's charts and queries stay bounded). */
export const MAX_CUSTOM_DAYS = 366 * 3;

export type PeriodErrorCode = "invalidDate" | "missingDates" | "endBeforeStart" | "tooLong";

export class PeriodError extends Error {
  constructor(readonly code: PeriodErrorCode) {
    super(`Invalid period: ${code}`);
    this.name = "PeriodError";
  }
}

export function isPeriodKind(value: unknown): value is PeriodKind {
  return typeof value === "string" && (PERIOD_KINDS as readonly string[]).includes(value);
}

/** The calendar day `date` falls on in `timeZone`, as a civil day (00:00 UTC of that date). */
export function civilDay(date: Date, timeZone: string): Date {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(date);
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return new Date(Date.UTC(part("year"), part("month") - 1, part("day")));
}

/** The instant a civil day starts in `timeZone` (00:00 there; DST days have 23 or 25 hours). */
export function zonedStart(civil: Date, timeZone: string): Date {
  if (timeZone === "UTC") return civil;
  // Offset of the zone at a given instant, in ms: its wall clock minus UTC.
  const offset = (at: Date) => {
    const parts = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" }).formatToParts(at);
    const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
    return Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second")) - at.getTime();
  };
  const guess = new Date(civil.getTime() - offset(civil));
  return new Date(civil.getTime() - offset(guess));
}

/**
 * A day as a form sends it -> that day at 00:00 UTC; anything else (including 2026-02-30) -> null.
 * The date field sends ISO "2026-03-09" once its script runs, and the text typed in the interface's
 * pattern ("09/03/2026") without JavaScript: both interface languages write day/month/year.
 */
export function parseIsoDate(value: string | null | undefined): Date | null {
  const iso = value ? parseLocalDate(value, "fr") : null;
  return iso ? new Date(`${iso}T00:00:00.000Z`) : null;
}

/** The UTC calendar day of a date, as "YYYY-MM-DD" (what a date input holds). */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function addUtcDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Monday 00:00 UTC of the ISO week holding `date`. */
export function startOfIsoWeek(date: Date): Date {
  const day = startOfUtcDay(date);
  const sinceMonday = (day.getUTCDay() + 6) % 7; // getUTCDay: Sunday = 0
  return addUtcDays(day, -sinceMonday);
}

export function startOfUtcMonth(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}

/** Date.UTC normalises month overflow (month 12 -> January of the next year, -1 -> December before). */
export function addUtcMonths(monthStart: Date, months: number): Date {
  return new Date(Date.UTC(monthStart.getUTCFullYear(), monthStart.getUTCMonth() + months, 1));
}

/**
 * The period of `kind` to show and the one to compare it with.
 * - day / week / month: the one holding `from` (a "YYYY-MM-DD" reference date) or, without it,
 *   `now`; the previous period is the calendar unit just before (the day before, the ISO week
 *   before, the month before with its own length: February before March).
 * - custom: `from` to `to`, both days included; the previous period has the same number of days
 *   and ends where this one starts.
 * Throws PeriodError on dates that do not parse, a custom period without both dates, `to`
 * before `from`, or a custom period longer than MAX_CUSTOM_DAYS.
 */
export function resolvePeriod(kind: PeriodKind, from: string | undefined, to: string | undefined, now: Date, timeZone = "UTC"): Period {
  const civil = resolveCivilPeriod(kind, from, to, civilDay(now, timeZone));
  const at = (day: Date) => zonedStart(day, timeZone);
  return { kind, start: at(civil.start), end: at(civil.end), previousStart: at(civil.previousStart), previousEnd: at(civil.previousEnd) };
}

function resolveCivilPeriod(kind: PeriodKind, from: string | undefined, to: string | undefined, now: Date): Period {
  if (kind === "custom") {
    if (!from || !to) throw new PeriodError("missingDates");
    const start = parseIsoDate(from);
    const last = parseIsoDate(to);
    if (!start || !last) throw new PeriodError("invalidDate");
    if (last < start) throw new PeriodError("endBeforeStart");
    const end = addUtcDays(last, 1);
    const days = Math.round((end.getTime() - start.getTime()) / DAY_MS);
    if (days > MAX_CUSTOM_DAYS) throw new PeriodError("tooLong");
    return { kind, start, end, previousStart: addUtcDays(start, -days), previousEnd: start };
  }

  let reference = now;
  if (from) {
    const parsed = parseIsoDate(from);
    if (!parsed) throw new PeriodError("invalidDate");
    reference = parsed;
  }
  switch (kind) {
    case "day": {
      const start = startOfUtcDay(reference);
      return { kind, start, end: addUtcDays(start, 1), previousStart: addUtcDays(start, -1), previousEnd: start };
    }
    case "week": {
      const start = startOfIsoWeek(reference);
      return { kind, start, end: addUtcDays(start, 7), previousStart: addUtcDays(start, -7), previousEnd: start };
    }
    case "month": {
      const start = startOfUtcMonth(reference);
      return { kind, start, end: addUtcMonths(start, 1), previousStart: addUtcMonths(start, -1), previousEnd: start };
    }
  }
}

/** Whole days in [start, end) (rounded: a DST day counts as one). */
export function periodDays(start: Date, end: Date): number {
  return Math.round((end.getTime() - start.getTime()) / DAY_MS);
}

export type Bucket = { start: Date; end: Date };

/**
 * Chart buckets covering [start, end): one per UTC day up to 92 days, one per calendar month
 * beyond (a year of daily bars is unreadable). The last bucket is cut at `end`.
 */
export function periodBuckets(start: Date, end: Date, timeZone = "UTC"): { unit: "day" | "month"; buckets: Bucket[] } {
  const buckets: Bucket[] = [];
  const at = (day: Date) => zonedStart(day, timeZone);
  if (periodDays(start, end) <= 92) {
    for (let day = civilDay(start, timeZone); at(day) < end; day = addUtcDays(day, 1)) buckets.push({ start: at(day), end: at(addUtcDays(day, 1)) });
    return { unit: "day", buckets };
  }
  for (let month = startOfUtcMonth(civilDay(start, timeZone)); at(month) < end; month = addUtcMonths(month, 1)) {
    const next = at(addUtcMonths(month, 1));
    buckets.push({ start: at(month) < start ? start : at(month), end: next > end ? end : next });
  }
  return { unit: "month", buckets };
}

/** Index of the bucket holding `date`, or -1 (buckets are sorted and contiguous). */
export function bucketIndex(buckets: Bucket[], date: Date): number {
  let low = 0;
  let high = buckets.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const bucket = buckets[mid]!;
    if (date < bucket.start) high = mid - 1;
    else if (date >= bucket.end) low = mid + 1;
    else return mid;
  }
  return -1;
}

export type Change = { kind: "percent"; value: number } | { kind: "new" } | { kind: "none" };

/**
 * Change against the previous period, in percent (rounded to one decimal by the caller's
 * formatter); "new" when the previous figure is 0 and this one is not; "none" when both are 0.
 */
export function percentChange(current: number, previous: number): Change {
  if (previous === 0) return current === 0 ? { kind: "none" } : { kind: "new" };
  return { kind: "percent", value: ((current - previous) / previous) * 100 };
}
