import type Stripe from "stripe";
import { cancelNow, setCancelAtPeriodEnd } from "../domain/subscriptions";
import type { Emulator } from "../emulator";
import { invalidRequest, noSuch } from "../http/errors";
import { filterByRange, newestFirst, paginate } from "../http/list";
import type { ApiContext, Router } from "../http/router";
import type { SubscriptionRecord } from "../state";
import { getOwned, listOwned } from "./owned";

/** Customers, Subscriptions and Invoices of the caller's account (direct charges: `Stripe-Account`). */

export function getSubscription(emu: Emulator, id: string, owner: string): SubscriptionRecord {
  const rec = emu.state.subscriptions[id];
  if (!rec || rec.owner !== owner) throw noSuch("subscription", id);
  return rec;
}

const id = (ctx: ApiContext) => ctx.pathParams.id ?? "";

function listSubscriptions(ctx: ApiContext) {
  const { p } = ctx;
  let subs = newestFirst(ctx.emu.state.subscriptions).filter((r) => r.owner === ctx.owner).map((r) => r.sub);
  const customer = p.str("customer");
  if (customer) subs = subs.filter((s) => s.customer === customer);
  const price = p.str("price");
  if (price) subs = subs.filter((s) => s.items.data.some((i) => i.price.id === price));
  // Stripe lists every status but `canceled` unless asked (`status=all` lists them all).
  const status = p.str("status", { oneOf: ["active", "past_due", "unpaid", "canceled", "incomplete", "incomplete_expired", "trialing", "paused", "all", "ended"] });
  if (status === "ended") subs = subs.filter((s) => s.status === "canceled" || s.status === "incomplete_expired");
  else if (status && status !== "all") subs = subs.filter((s) => s.status === status);
  else if (!status) subs = subs.filter((s) => s.status !== "canceled");
  subs = filterByRange(subs, p, "created", (s) => s.created);
  return ctx.expand(paginate(subs, p, "/v1/subscriptions", "subscription", ["customer", "price", "status"]));
}

function updateSubscription(ctx: ApiContext): Stripe.Subscription {
  const rec = getSubscription(ctx.emu, id(ctx), ctx.owner);
  ctx.p.allowOnly(["cancel_at_period_end", "metadata", "expand"]);
  if (rec.sub.status === "canceled") {
    throw invalidRequest("A canceled subscription can only update its cancellation_details and metadata.", undefined, "invalid_canceled_subscription_fields");
  }
  const meta = ctx.p.metadata();
  if (meta) {
    for (const [k, v] of Object.entries(meta)) {
      if (v === null || v === "") delete rec.sub.metadata[k];
      else rec.sub.metadata[k] = v;
    }
  }
  const cape = ctx.p.bool("cancel_at_period_end");
  if (cape !== undefined) setCancelAtPeriodEnd(ctx.emu, rec, cape);
  else if (meta) ctx.emu.emit("customer.subscription.updated", rec.sub, { owner: rec.owner, previous: { metadata: {} } });
  ctx.emu.store.changed();
  return ctx.expand(rec.sub);
}

export function registerBilling(r: Router): void {
  r.get("/v1/customers", (ctx) =>
    listOwned(ctx, ctx.emu.state.customers, "/v1/customers", "customer", { email: (c, v) => c.email === v }),
  );
  r.get("/v1/customers/:id", (ctx) => ctx.expand(getOwned(ctx.emu.state.customers, id(ctx), ctx.owner, "customer")));

  r.get("/v1/subscriptions", listSubscriptions);
  r.get("/v1/subscriptions/:id", (ctx) => ctx.expand(getSubscription(ctx.emu, id(ctx), ctx.owner).sub));
  r.post("/v1/subscriptions/:id", updateSubscription);
  r.delete("/v1/subscriptions/:id", (ctx) => {
    const rec = getSubscription(ctx.emu, id(ctx), ctx.owner);
    if (rec.sub.status === "canceled") throw noSuch("subscription", rec.sub.id);
    cancelNow(ctx.emu, rec);
    return ctx.expand(rec.sub);
  });

  r.get("/v1/invoices", (ctx) =>
    listOwned(ctx, ctx.emu.state.invoices, "/v1/invoices", "invoice", {
      customer: (i, v) => i.customer === v,
      subscription: (i, v) => i.parent?.subscription_details?.subscription === v,
      status: (i, v) => i.status === v,
    }),
  );
  r.get("/v1/invoices/:id", (ctx) => ctx.expand(getOwned(ctx.emu.state.invoices, id(ctx), ctx.owner, "invoice")));
  r.get("/v1/invoices/:id/lines", (ctx) => {
    const inv = getOwned(ctx.emu.state.invoices, id(ctx), ctx.owner, "invoice");
    return ctx.expand(paginate(inv.lines.data, ctx.p, `/v1/invoices/${inv.id}/lines`, "line_item"));
  });
}
