import { noSuch } from "../http/errors";
import { filterByRange, newestFirst, paginate } from "../http/list";
import type { ApiContext } from "../http/router";
import type { Owned } from "../state";

/** Look up an object of the caller's account; other accounts' objects are "missing", as on Stripe. */
export function getOwned<T>(coll: Record<string, Owned<T>>, id: string, owner: string, objectName: string, param = "id"): T {
  const rec = coll[id];
  if (!rec || rec.owner !== owner) throw noSuch(objectName, id, param);
  return rec.obj;
}

/** Standard list endpoint over an owned collection with optional field filters. */
export function listOwned<T extends { id: string; created: number }>(
  ctx: ApiContext,
  coll: Record<string, Owned<T>>,
  url: string,
  objectName: string,
  filters: Record<string, (obj: T, value: string) => boolean> = {},
) {
  let items = newestFirst(coll)
    .filter((r) => r.owner === ctx.owner)
    .map((r) => r.obj);
  for (const [param, test] of Object.entries(filters)) {
    const v = ctx.p.str(param);
    if (v !== undefined) items = items.filter((o) => test(o, v));
  }
  items = filterByRange(items, ctx.p, "created", (o) => o.created);
  return ctx.expand(paginate(items, ctx.p, url, objectName, Object.keys(filters)));
}
