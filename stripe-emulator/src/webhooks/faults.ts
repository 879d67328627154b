import { randomToken } from "../ids";

/**
 * Fault injection for tests. A webhook rule affects the next `remaining` events
 * (optionally only of some `types`); a `reverse` rule affects the next batch
 * (all events emitted by one operation). API rules fail the next N `/v1` requests.
 */
export interface WebhookFaultRule {
  id: string;
  remaining: number;
  types?: string[];
  duplicate?: boolean;
  concurrent?: number;
  reverse?: boolean;
  delay_ms?: number;
  stale?: boolean;
  wrong_secret?: boolean;
  drop?: boolean;
}

export interface ApiFaultRule {
  id: string;
  /** "delay": answer normally but only after `delay_ms` (slow API, concurrent idempotent requests). */
  status: 429 | 500 | "timeout" | "delay";
  delay_ms?: number;
  remaining: number;
  /** Only requests whose path starts with this (e.g. "/v1/checkout/sessions"). */
  path?: string;
  method?: string;
  /** For "timeout": run the request (state changes happen) but never answer. */
  execute?: boolean;
  /** For "timeout": how long the connection is held before being destroyed. Default 30 s. */
  hold_ms?: number;
}

export type WebhookEffects = Omit<WebhookFaultRule, "id" | "remaining" | "types" | "reverse">;

export class Faults {
  webhooks: WebhookFaultRule[] = [];
  api: ApiFaultRule[] = [];

  addWebhook(rule: Omit<WebhookFaultRule, "id">): WebhookFaultRule {
    const r = { ...rule, id: `flt_${randomToken(10)}` };
    this.webhooks.push(r);
    return r;
  }

  addApi(rule: Omit<ApiFaultRule, "id">): ApiFaultRule {
    const r = { ...rule, id: `flt_${randomToken(10)}` };
    this.api.push(r);
    return r;
  }

  private matches(rule: WebhookFaultRule, type: string): boolean {
    return rule.remaining > 0 && (!rule.types || rule.types.length === 0 || rule.types.includes(type));
  }

  /** Consumes one batch-level `reverse` rule if any applies to this batch. */
  takeReverse(types: string[]): boolean {
    const rule = this.webhooks.find((r) => r.reverse && types.some((t) => this.matches(r, t)));
    if (!rule) return false;
    rule.remaining -= 1;
    this.cleanup();
    return true;
  }

  /** Consumes one event-level rule for an event of this type. */
  takeForEvent(type: string): WebhookEffects | null {
    const rule = this.webhooks.find((r) => !r.reverse && this.matches(r, type));
    if (!rule) return null;
    rule.remaining -= 1;
    this.cleanup();
    const { id: _id, remaining: _r, types: _t, reverse: _rev, ...effects } = rule;
    return effects;
  }

  takeApi(method: string, path: string): ApiFaultRule | null {
    const rule = this.api.find(
      (r) => r.remaining > 0 && (!r.path || path.startsWith(r.path)) && (!r.method || r.method.toUpperCase() === method),
    );
    if (!rule) return null;
    rule.remaining -= 1;
    this.cleanup();
    return rule;
  }

  private cleanup(): void {
    this.webhooks = this.webhooks.filter((r) => r.remaining > 0);
    this.api = this.api.filter((r) => r.remaining > 0);
  }

  clear(): void {
    this.webhooks = [];
    this.api = [];
  }
}
