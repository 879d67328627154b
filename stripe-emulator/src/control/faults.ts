import type { Emulator } from "../emulator";
import { invalidRequest } from "../http/errors";
import type { Params } from "../http/form";
import { P } from "../http/params";
import type { ApiFaultRule, WebhookFaultRule } from "../webhooks/faults";

const WEBHOOK_KEYS = ["duplicate", "concurrent", "reverse", "delay_ms", "stale", "wrong_secret", "drop", "count", "types"];

function asList(v: unknown): Params[] {
  if (v === undefined || v === null || v === "") return [];
  if (Array.isArray(v)) return v as Params[];
  return [v as Params];
}

function webhookRule(p: P): Omit<WebhookFaultRule, "id"> {
  p.allowOnly(WEBHOOK_KEYS);
  const rule: Omit<WebhookFaultRule, "id"> = {
    remaining: p.int("count", { min: 1 }) ?? 1,
    types: p.strList("types"),
    duplicate: p.bool("duplicate"),
    concurrent: p.int("concurrent", { min: 1, max: 50 }),
    reverse: p.bool("reverse"),
    delay_ms: p.int("delay_ms", { min: 0 }),
    stale: p.bool("stale"),
    wrong_secret: p.bool("wrong_secret"),
    drop: p.bool("drop"),
  };
  const effects = ["duplicate", "concurrent", "reverse", "delay_ms", "stale", "wrong_secret", "drop"] as const;
  if (!effects.some((k) => rule[k] !== undefined && rule[k] !== false)) {
    throw invalidRequest(`A webhook fault needs one of: ${effects.join(", ")}`, "webhooks");
  }
  return rule;
}

function apiRule(p: P): Omit<ApiFaultRule, "id"> {
  p.allowOnly(["status", "count", "path", "method", "execute", "hold_ms", "delay_ms"]);
  const raw = p.str("status", { required: true })!;
  if (raw !== "429" && raw !== "500" && raw !== "timeout" && raw !== "delay") {
    throw invalidRequest('api.status must be 429, 500, "timeout" or "delay"', "api[status]");
  }
  return {
    status: raw === "timeout" || raw === "delay" ? raw : (Number(raw) as 429 | 500),
    delay_ms: p.int("delay_ms", { min: 0 }),
    remaining: p.int("count", { min: 1 }) ?? 1,
    path: p.str("path"),
    method: p.str("method"),
    execute: p.bool("execute"),
    hold_ms: p.int("hold_ms", { min: 0 }),
  };
}

/**
 * `POST /_emulator/faults`: `{ "webhooks": {...} | [...], "api": {...} | [...] }`.
 * A body with webhook keys at the top level is read as one webhook rule.
 */
export function addFaults(emu: Emulator, body: Params) {
  const top = new P(body);
  const hasTopLevelWebhook = Object.keys(body).some((k) => WEBHOOK_KEYS.includes(k));
  const webhooks = hasTopLevelWebhook ? [body] : asList(body.webhooks);
  const api = asList(body.api);
  if (!hasTopLevelWebhook) top.allowOnly(["webhooks", "api"]);
  if (webhooks.length === 0 && api.length === 0) throw invalidRequest("Provide `webhooks` and/or `api` fault rules.");
  const added = {
    webhooks: webhooks.map((w, i) => emu.faults.addWebhook(webhookRule(new P(w, hasTopLevelWebhook ? "" : `webhooks[${i}]`)))),
    api: api.map((a, i) => emu.faults.addApi(apiRule(new P(a, `api[${i}]`)))),
  };
  return { object: "emulator.faults", added, active: { webhooks: emu.faults.webhooks, api: emu.faults.api } };
}
