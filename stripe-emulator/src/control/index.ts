import type { IncomingMessage, ServerResponse } from "node:http";
import { platformAccount, type AccountState } from "../domain/accounts";
import { transitionAccount } from "../domain/onboarding";
import { credit } from "../domain/ledger";
import type { Emulator } from "../emulator";
import { authenticate } from "../http/auth";
import { ApiError, invalidRequest, noSuch } from "../http/errors";
import { parseBody, parseForm } from "../http/form";
import { P } from "../http/params";
import { readBody, sendJson } from "../http/respond";
import { Router, type ApiContext } from "../http/router";
import { getAccount } from "../resources/accounts";
import { balanceOf } from "../resources/balance";
import { createPayout } from "../resources/payouts";
import { failRefund } from "../resources/refunds";
import { PLATFORM } from "../state";
import { upsertFixtureAccount } from "./fixtures";
import { addFaults } from "./faults";
import { controlPay, controlSettle } from "./payments";
import { registerDisputeControl } from "./disputes";

export interface ControlHooks {
  /** Full reset, including re-registering the configured webhook endpoints. */
  reset(): void;
}

const id = (ctx: ApiContext) => ctx.pathParams.id ?? "";

/** Move pending funds to available, emitting `balance.available` per owner. */
function settleBalances(emu: Emulator, only?: string) {
  const owners = only ? [only] : Object.keys(emu.state.balances);
  for (const owner of owners) {
    const b = emu.state.balances[owner];
    if (!b) continue;
    let moved = false;
    for (const [cur, amt] of Object.entries(b.pending)) {
      if (amt === 0) continue;
      credit(emu, owner, cur, "available", amt);
      b.pending[cur] = 0;
      moved = true;
    }
    if (moved) emu.emit("balance.available", balanceOf(emu, owner), { owner });
  }
  emu.store.changed();
  return { object: "emulator.balances", balances: emu.state.balances };
}

export function buildControlRouter(hooks: ControlHooks): Router {
  const r = new Router();
  r.post("/_emulator/accounts/:id/onboarding", (ctx) => {
    const outcome = ctx.p.str("outcome", { required: true, oneOf: ["complete", "incomplete", "rejected"] }) as AccountState;
    return transitionAccount(ctx.emu, getAccount(ctx.emu, id(ctx)), outcome, { fields: ctx.p.strList("fields") });
  });
  r.post("/_emulator/accounts/:id/restrict", (ctx) =>
    transitionAccount(ctx.emu, getAccount(ctx.emu, id(ctx)), "restricted", { fields: ctx.p.strList("fields") }),
  );
  r.add("PUT", "/_emulator/accounts/:id", (ctx) => upsertFixtureAccount(ctx.emu, id(ctx), ctx.p));
  r.post("/_emulator/fixtures/accounts", (ctx) => upsertFixtureAccount(ctx.emu, ctx.p.str("id", { required: true })!, ctx.p));
  r.post("/_emulator/accounts/:id/payouts", (ctx) => {
    const a = getAccount(ctx.emu, id(ctx));
    if (ctx.p.bool("settle_pending")) settleBalances(ctx.emu, a.id);
    return createPayout(ctx.emu, a.id, ctx.p.str("currency") ?? a.default_currency ?? "eur", ctx.p.int("amount", { min: 1 }));
  });
  r.post("/_emulator/balance/settle", (ctx) => {
    const acct = ctx.p.str("account");
    if (acct && acct !== "platform") getAccount(ctx.emu, acct);
    return settleBalances(ctx.emu, acct === "platform" ? PLATFORM : acct);
  });
  r.post("/_emulator/checkout/sessions/:id/pay", (ctx) => controlPay(ctx.emu, id(ctx), ctx.p));
  r.post("/_emulator/checkout/sessions/:id/settle", (ctx) => controlSettle(ctx.emu, id(ctx)));
  registerDisputeControl(r);
  r.post("/_emulator/refunds/:id/fail", (ctx) => failRefund(ctx.emu, id(ctx)));
  r.get("/_emulator/clock", (ctx) => ({ object: "emulator.clock", now: ctx.emu.now(), offset_seconds: ctx.emu.clock.offsetSeconds }));
  r.post("/_emulator/clock/advance", (ctx) => {
    const seconds = ctx.p.int("seconds", { required: true, min: 0 })!;
    ctx.emu.advanceClock(seconds);
    return { object: "emulator.clock", now: ctx.emu.now(), offset_seconds: ctx.emu.clock.offsetSeconds };
  });
  r.post("/_emulator/clock/reset", (ctx) => {
    ctx.emu.resetClock();
    return { object: "emulator.clock", now: ctx.emu.now(), offset_seconds: ctx.emu.clock.offsetSeconds };
  });
  r.post("/_emulator/faults", (ctx) => addFaults(ctx.emu, ctx.p.data));
  r.get("/_emulator/faults", (ctx) => ({ object: "emulator.faults", active: { webhooks: ctx.emu.faults.webhooks, api: ctx.emu.faults.api } }));
  r.delete("/_emulator/faults", (ctx) => {
    ctx.emu.faults.clear();
    return { object: "emulator.faults", active: { webhooks: [], api: [] } };
  });
  r.post("/_emulator/reset", () => {
    hooks.reset();
    return { object: "emulator.reset", ok: true };
  });
  r.get("/_emulator/state", (ctx) => ({ ...ctx.emu.state, platform: platformAccount(ctx.emu), now: ctx.emu.now() }));
  r.get("/_emulator/deliveries", (ctx) => {
    let d = ctx.emu.dispatcher.deliveries;
    const ev = ctx.p.str("event_id") ?? ctx.p.str("event");
    if (ev) d = d.filter((x) => x.event_id === ev);
    const type = ctx.p.str("type");
    if (type) d = d.filter((x) => x.event_type === type);
    const ep = ctx.p.str("endpoint_id");
    if (ep) d = d.filter((x) => x.endpoint_id === ep);
    return { object: "list", data: d };
  });
  r.post("/_emulator/webhooks/flush", async (ctx) => {
    await ctx.emu.dispatcher.idle();
    return { object: "emulator.webhooks", ok: true };
  });
  r.post("/_emulator/events/:id/redeliver", (ctx) => {
    const rec = ctx.emu.state.events[id(ctx)];
    if (!rec) throw noSuch("event", id(ctx));
    ctx.emu.dispatcher.redeliver(rec);
    return rec.event;
  });
  return r;
}

export async function handleControl(emu: Emulator, router: Router, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = (req.method ?? "GET").toUpperCase();
  const url = new URL(req.url ?? "/", "http://localhost");
  try {
    authenticate(req, emu.opts.keyPrefixes);
    const params =
      method === "GET" || method === "DELETE"
        ? parseForm(url.search.slice(1))
        : parseBody(await readBody(req), req.headers["content-type"]);
    const match = router.match(method, url.pathname);
    if (!match) throw new ApiError(404, { type: "invalid_request_error", message: `Unknown control route (${method}: ${url.pathname}).` });
    const p = new P(params);
    const ctx: ApiContext = {
      emu,
      method,
      path: url.pathname,
      pathParams: match.params,
      p,
      owner: PLATFORM,
      stripeAccount: null,
      requestId: "",
      publishable: false,
      expand: (o) => o,
    };
    const body = await emu.withRequest({ id: null, idempotency_key: null }, () => match.handler(ctx));
    sendJson(res, 200, body);
  } catch (e) {
    if (e instanceof SyntaxError) return sendJson(res, 400, { error: invalidRequest(`Invalid JSON body: ${e.message}`).body });
    if (e instanceof ApiError) return sendJson(res, e.status, { error: e.body });
    console.error("[stripe-emulator] control error", e);
    sendJson(res, 500, { error: { type: "api_error", message: e instanceof Error ? e.message : String(e) } });
  }
}
