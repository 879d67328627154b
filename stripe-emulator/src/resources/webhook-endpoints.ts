import type Stripe from "stripe";
import type { Emulator } from "../emulator";
import { API_VERSION } from "../emulator";
import { invalidRequest, noSuch } from "../http/errors";
import { newestFirst, paginate } from "../http/list";
import { mergeMetadata, type P } from "../http/params";
import type { ApiContext, Router } from "../http/router";
import { newId, randomToken } from "../ids";
import type { WebhookEndpointConfig } from "../options";
import type { EndpointRecord } from "../state";

const EVENT_RE = /^[a-z0-9_]+(\.[a-z0-9_]+)+$/;

function readEvents(p: P, required: boolean): string[] | undefined {
  const events = p.strList("enabled_events");
  if (!events || events.length === 0) {
    if (required) throw invalidRequest("Missing required param: enabled_events.", "enabled_events", "parameter_missing");
    return undefined;
  }
  events.forEach((e, i) => {
    if (e !== "*" && !EVENT_RE.test(e)) throw invalidRequest(`Invalid enabled_events[${i}]: ${e} is not a valid event type`, `enabled_events[${i}]`);
  });
  return events;
}

function publicView(rec: EndpointRecord): Stripe.WebhookEndpoint {
  return rec.endpoint;
}

export function addEndpoint(
  emu: Emulator,
  o: { url: string; secret?: string; connect: boolean; enabledEvents: string[]; description?: string | null; metadata?: Record<string, string>; apiVersion?: string | null },
): EndpointRecord {
  const endpoint: Stripe.WebhookEndpoint = {
    id: newId("we"),
    object: "webhook_endpoint",
    api_version: o.apiVersion ?? null,
    application: null,
    created: emu.now(),
    description: o.description ?? null,
    enabled_events: o.enabledEvents,
    livemode: false,
    metadata: o.metadata ?? {},
    status: "enabled",
    url: o.url,
  };
  const rec: EndpointRecord = { endpoint, secret: o.secret ?? `whsec_${randomToken(32)}`, connect: o.connect };
  emu.state.webhookEndpoints[endpoint.id] = rec;
  emu.store.changed();
  return rec;
}

/** Endpoints from options/env: upserted by (url, connect) so a persisted state does not pile up duplicates. */
export function registerConfiguredEndpoints(emu: Emulator, configs: WebhookEndpointConfig[]): void {
  for (const c of configs) {
    const existing = Object.values(emu.state.webhookEndpoints).find((r) => r.endpoint.url === c.url && r.connect === c.connect);
    const events = c.enabledEvents?.length ? c.enabledEvents : ["*"];
    if (existing) {
      existing.secret = c.secret;
      existing.endpoint.enabled_events = events;
      existing.endpoint.status = "enabled";
      emu.store.changed();
    } else {
      addEndpoint(emu, { url: c.url, secret: c.secret, connect: c.connect, enabledEvents: events });
    }
  }
}

function get(ctx: ApiContext): EndpointRecord {
  const id = ctx.pathParams.id ?? "";
  const rec = ctx.emu.state.webhookEndpoints[id];
  if (!rec) throw noSuch("webhook_endpoint", id);
  return rec;
}

export function registerWebhookEndpoints(r: Router): void {
  r.post("/v1/webhook_endpoints", (ctx) => {
    const { p } = ctx;
    p.allowOnly(["url", "enabled_events", "connect", "description", "metadata", "api_version", "expand"]);
    const rec = addEndpoint(ctx.emu, {
      url: p.url("url", true)!,
      connect: p.bool("connect") ?? false,
      enabledEvents: readEvents(p, true)!,
      description: p.str("description") ?? null,
      metadata: mergeMetadata({}, p.metadata()),
      apiVersion: p.str("api_version") ?? API_VERSION,
    });
    // The secret is only ever returned by create, as on Stripe.
    return { ...rec.endpoint, secret: rec.secret } satisfies Stripe.WebhookEndpoint;
  });
  r.get("/v1/webhook_endpoints", (ctx) =>
    paginate(newestFirst(ctx.emu.state.webhookEndpoints).map(publicView), ctx.p, "/v1/webhook_endpoints", "webhook_endpoint"),
  );
  r.get("/v1/webhook_endpoints/:id", (ctx) => publicView(get(ctx)));
  r.post("/v1/webhook_endpoints/:id", (ctx) => {
    const rec = get(ctx);
    const { p } = ctx;
    p.allowOnly(["url", "enabled_events", "description", "metadata", "disabled", "expand"]);
    if (p.has("url")) rec.endpoint.url = p.url("url")!;
    const events = readEvents(p, false);
    if (events) rec.endpoint.enabled_events = events;
    if (p.has("description")) rec.endpoint.description = p.str("description") ?? null;
    const disabled = p.bool("disabled");
    if (disabled !== undefined) rec.endpoint.status = disabled ? "disabled" : "enabled";
    rec.endpoint.metadata = mergeMetadata(rec.endpoint.metadata, p.metadata());
    ctx.emu.store.changed();
    return publicView(rec);
  });
  r.delete("/v1/webhook_endpoints/:id", (ctx) => {
    const rec = get(ctx);
    delete ctx.emu.state.webhookEndpoints[rec.endpoint.id];
    ctx.emu.store.changed();
    return { id: rec.endpoint.id, object: "webhook_endpoint", deleted: true } satisfies Stripe.DeletedWebhookEndpoint;
  });
}
