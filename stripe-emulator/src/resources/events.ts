import type Stripe from "stripe";
import { invalidRequest, noSuch } from "../http/errors";
import { filterByRange, newestFirst, paginate } from "../http/list";
import type { ApiContext, Router } from "../http/router";
import { PLATFORM, type EventRecord } from "../state";

/** Platform events have no `account`; a connected account sees only its own events. */
function visible(rec: EventRecord, owner: string): boolean {
  return owner === PLATFORM ? rec.event.account === undefined : rec.event.account === owner;
}

/** An event is delivered when every endpoint it was sent to answered 2xx. */
export function deliverySucceeded(rec: EventRecord): boolean {
  return Object.values(rec.deliveries).every((s) => s === "succeeded");
}

function typeMatcher(pattern: string): (t: string) => boolean {
  if (!pattern.includes("*")) return (t) => t === pattern;
  const re = new RegExp(`^${pattern.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
  return (t) => re.test(t);
}

function list(ctx: ApiContext) {
  const { p } = ctx;
  let recs = newestFirst(ctx.emu.state.events).filter((r) => visible(r, ctx.owner));
  const type = p.str("type");
  const types = p.strList("types");
  if (type && types) throw invalidRequest("You may only specify one of these parameters: type, types.", "types");
  if (types && types.length > 20) throw invalidRequest("You can specify at most 20 types.", "types");
  if (type) {
    const m = typeMatcher(type);
    recs = recs.filter((r) => m(r.event.type));
  }
  if (types) recs = recs.filter((r) => types.includes(r.event.type));
  const ds = p.bool("delivery_success");
  if (ds !== undefined) recs = recs.filter((r) => deliverySucceeded(r) === ds);
  const events = filterByRange(
    recs.map((r) => r.event),
    p,
    "created",
    (e) => e.created,
  );
  return ctx.expand(paginate(events, p, "/v1/events", "event", ["type", "types", "delivery_success"]));
}

export function registerEvents(r: Router): void {
  r.get("/v1/events", list);
  r.get("/v1/events/:id", (ctx): Stripe.Event => {
    const id = ctx.pathParams.id ?? "";
    const rec = ctx.emu.state.events[id];
    if (!rec || !visible(rec, ctx.owner)) throw noSuch("event", id);
    return ctx.expand(rec.event);
  });
}
