import type Stripe from "stripe";
import { createSessionRecord } from "../domain/session-create";
import { expireSession, sessionWithLineItems } from "../domain/sessions";
import type { Emulator } from "../emulator";
import { invalidRequest, noSuch } from "../http/errors";
import { filterByRange, newestFirst, paginate } from "../http/list";
import type { ApiContext, Router } from "../http/router";
import type { SessionRecord } from "../state";

/** Sessions are visible only to their owner: a direct-charge session needs its Stripe-Account header. */
export function getSession(emu: Emulator, id: string, owner: string): SessionRecord {
  const rec = emu.state.sessions[id];
  if (!rec || rec.owner !== owner) throw noSuch("checkout.session", id);
  return rec;
}

function wantsLines(ctx: ApiContext): boolean {
  return (ctx.p.strList("expand") ?? []).some((e) => e === "line_items" || e.startsWith("line_items."));
}

function create(ctx: ApiContext): Stripe.Checkout.Session {
  const rec = createSessionRecord(ctx.emu, ctx.p, ctx.owner);
  ctx.emu.state.sessions[rec.session.id] = rec;
  ctx.emu.store.changed();
  return ctx.expand(sessionWithLineItems(rec, wantsLines(ctx)));
}

function list(ctx: ApiContext) {
  const { p } = ctx;
  let recs = newestFirst(ctx.emu.state.sessions).filter((r) => r.owner === ctx.owner);
  const pi = p.str("payment_intent");
  if (pi) recs = recs.filter((r) => r.session.payment_intent === pi);
  const status = p.str("status", { oneOf: ["open", "complete", "expired"] });
  if (status) recs = recs.filter((r) => r.session.status === status);
  const email = p.obj("customer_details")?.str("email");
  if (email) recs = recs.filter((r) => r.session.customer_details?.email === email);
  const sessions = filterByRange(
    recs.map((r) => sessionWithLineItems(r, false)),
    p,
    "created",
    (s) => s.created,
  );
  // `expand[]=data.line_items` works on lists as on Stripe.
  const withLines = (p.strList("expand") ?? []).some((e) => e.startsWith("data.line_items"));
  const page = paginate(sessions, p, "/v1/checkout/sessions", "checkout.session", [
    "payment_intent", "status", "customer_details", "customer", "customer_account", "payment_link", "subscription",
  ]);
  if (withLines) page.data = page.data.map((s) => sessionWithLineItems(ctx.emu.state.sessions[s.id]!, true));
  return ctx.expand(page);
}

export function registerCheckoutSessions(r: Router): void {
  r.post("/v1/checkout/sessions", create);
  r.get("/v1/checkout/sessions", list);
  r.get("/v1/checkout/sessions/:id", (ctx) => {
    const rec = getSession(ctx.emu, ctx.pathParams.id ?? "", ctx.owner);
    return ctx.expand(sessionWithLineItems(rec, wantsLines(ctx)));
  });
  r.get("/v1/checkout/sessions/:id/line_items", (ctx) => {
    const rec = getSession(ctx.emu, ctx.pathParams.id ?? "", ctx.owner);
    return ctx.expand(paginate(rec.lineItems, ctx.p, `/v1/checkout/sessions/${rec.session.id}/line_items`, "line_item"));
  });
  r.post("/v1/checkout/sessions/:id/expire", (ctx) => {
    const rec = getSession(ctx.emu, ctx.pathParams.id ?? "", ctx.owner);
    if (rec.session.status !== "open") {
      throw invalidRequest(
        `Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of "${rec.session.status}".`,
        undefined,
        "checkout_session_not_open",
      );
    }
    expireSession(ctx.emu, rec);
    return ctx.expand(sessionWithLineItems(rec, wantsLines(ctx)));
  });
}
