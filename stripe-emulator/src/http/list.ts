import { invalidRequest, noSuch } from "./errors";
import type { P } from "./params";

export interface ListObject<T> {
  object: "list";
  data: T[];
  has_more: boolean;
  url: string;
}

const LIST_PARAMS = ["limit", "starting_after", "ending_before", "expand", "created"];

/**
 * Cursor pagination exactly like Stripe: newest first, `starting_after` / `ending_before` by id.
 * Query parameters other than these and the endpoint's `filters` are refused (`parameter_unknown`).
 */
export function paginate<T extends { id: string }>(
  items: T[],
  p: P,
  url: string,
  objectName: string,
  filters: readonly string[] = [],
): ListObject<T> {
  p.allowOnly([...LIST_PARAMS, ...filters]);
  const limit = p.int("limit", { min: 1, max: 100 }) ?? 10;
  const after = p.str("starting_after");
  const before = p.str("ending_before");
  if (after && before) throw invalidRequest("You may only specify one of these parameters: ending_before, starting_after.", "ending_before");
  let data: T[];
  let hasMore: boolean;
  if (after) {
    const idx = items.findIndex((i) => i.id === after);
    if (idx < 0) throw noSuch(objectName, after, "starting_after");
    data = items.slice(idx + 1, idx + 1 + limit);
    hasMore = items.length > idx + 1 + limit;
  } else if (before) {
    const idx = items.findIndex((i) => i.id === before);
    if (idx < 0) throw noSuch(objectName, before, "ending_before");
    const start = Math.max(0, idx - limit);
    data = items.slice(start, idx);
    hasMore = start > 0;
  } else {
    data = items.slice(0, limit);
    hasMore = items.length > limit;
  }
  return { object: "list", data, has_more: hasMore, url };
}

/** `created=123` or `created[gt|gte|lt|lte]=123`. */
export function filterByRange<T>(items: T[], p: P, key: string, get: (t: T) => number | null | undefined): T[] {
  if (!p.has(key)) return items;
  const raw = p.raw(key);
  if (typeof raw !== "object" || raw === null) {
    const exact = p.int(key);
    return items.filter((i) => get(i) === exact);
  }
  const r = p.obj(key);
  if (!r) return items;
  const gt = r.int("gt");
  const gte = r.int("gte");
  const lt = r.int("lt");
  const lte = r.int("lte");
  return items.filter((i) => {
    const v = get(i);
    if (v === null || v === undefined) return false;
    return (gt === undefined || v > gt) && (gte === undefined || v >= gte) && (lt === undefined || v < lt) && (lte === undefined || v <= lte);
  });
}

/** Records are stored in insertion order; lists show newest first. */
export function newestFirst<T>(records: Record<string, T>): T[] {
  return Object.values(records).reverse();
}
