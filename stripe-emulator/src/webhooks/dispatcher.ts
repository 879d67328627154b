import type { ResolvedOptions } from "../options";
import { randomToken } from "../ids";
import type { EndpointRecord, EventRecord, Store } from "../state";
import type { Faults, WebhookEffects } from "./faults";
import { signPayload } from "./signing";

export interface DeliveryLog {
  id: string;
  event_id: string;
  event_type: string;
  account: string | null;
  endpoint_id: string;
  url: string;
  connect: boolean;
  attempt: number;
  /** Copy number when a fault sends the same event several times (0 = normal). */
  copy: number;
  status_code: number | null;
  ok: boolean;
  error: string | null;
  faults: string[];
  signature_timestamp: number | null;
  started_at: number;
  duration_ms: number;
  response_body: string | null;
}

export interface DispatcherHost {
  store: Store;
  opts: ResolvedOptions;
  faults: Faults;
  setTimer(fn: () => void, ms: number): void;
  log(msg: string): void;
}

const USER_AGENT = "Stripe/1.0 (+https://stripe.com/docs/webhooks)";
const MAX_LOG = 2000;

/**
 * Sends events to webhook endpoints. By default first attempts go out one at a
 * time per endpoint in creation order (predictable for tests); retries run on
 * their own exponential timers (1 s, 2 s, 4 s ... by default), so a failing
 * event never blocks the following ones, just like Stripe.
 */
export class WebhookDispatcher {
  readonly deliveries: DeliveryLog[] = [];
  private chains = new Map<string, Promise<void>>();
  private controllers = new Set<AbortController>();
  private closed = false;

  constructor(private readonly host: DispatcherHost) {}

  /** Deliver the events emitted by one operation. */
  dispatchBatch(records: EventRecord[]): void {
    if (this.closed || records.length === 0) return;
    let batch = records;
    if (this.host.faults.takeReverse(batch.map((r) => r.event.type))) batch = [...batch].reverse();
    for (const rec of batch) {
      const endpointIds = Object.keys(rec.deliveries);
      if (endpointIds.length === 0) continue;
      const fx = this.host.faults.takeForEvent(rec.event.type) ?? {};
      for (const epId of endpointIds) this.start(rec, epId, fx);
    }
  }

  /** Re-send an event to its endpoints now (control API), ignoring faults. */
  redeliver(rec: EventRecord): void {
    for (const epId of Object.keys(rec.deliveries)) {
      rec.deliveries[epId] = "pending";
      this.start(rec, epId, {});
    }
    this.updatePending(rec);
  }

  private start(rec: EventRecord, epId: string, fx: WebhookEffects): void {
    if (fx.drop) {
      // Never delivered: the event stays pending, which is what reconciliation jobs look for.
      rec.deliveries[epId] = "dropped";
      this.record(rec, epId, 0, 0, null, false, "dropped by fault injection", ["drop"], null, 0, null);
      this.host.store.changed();
      return;
    }
    const run = () => this.attemptWithCopies(rec, epId, 1, fx);
    if (fx.delay_ms && fx.delay_ms > 0) {
      // Late events leave the ordered queue, so later events overtake them.
      this.host.setTimer(() => void run(), fx.delay_ms);
      return;
    }
    const prev = this.chains.get(epId) ?? Promise.resolve();
    const next = prev.then(run, run);
    this.chains.set(
      epId,
      next.catch(() => undefined),
    );
  }

  private async attemptWithCopies(rec: EventRecord, epId: string, attempt: number, fx: WebhookEffects): Promise<void> {
    if (this.closed) return;
    const ep = this.host.store.data.webhookEndpoints[epId];
    if (!ep) return;
    let ok: boolean;
    if (attempt === 1 && fx.concurrent && fx.concurrent > 1) {
      const results = await Promise.all(
        Array.from({ length: fx.concurrent }, (_, i) => this.send(rec, ep, attempt, i, fx)),
      );
      ok = results.some(Boolean);
    } else {
      ok = await this.send(rec, ep, attempt, 0, fx);
      if (attempt === 1 && fx.duplicate) ok = (await this.send(rec, ep, attempt, 1, fx)) || ok;
    }
    if (ok) {
      rec.deliveries[epId] = "succeeded";
    } else if (attempt < this.host.opts.webhookMaxAttempts && !this.closed) {
      const delay = this.host.opts.webhookRetryBaseMs * 2 ** (attempt - 1);
      this.host.setTimer(() => void this.attemptWithCopies(rec, epId, attempt + 1, fx), delay);
    } else {
      rec.deliveries[epId] = "failed";
    }
    this.updatePending(rec);
  }

  private updatePending(rec: EventRecord): void {
    rec.event.pending_webhooks = Object.values(rec.deliveries).filter((s) => s !== "succeeded").length;
    this.host.store.changed();
  }

  private async send(rec: EventRecord, ep: EndpointRecord, attempt: number, copy: number, fx: WebhookEffects): Promise<boolean> {
    const payload = JSON.stringify(rec.event, null, 2);
    // Signatures use the real clock (not the emulator's): receivers check them against their own time.
    const realNow = Math.floor(Date.now() / 1000);
    const t = fx.stale ? realNow - 3600 : realNow;
    const secret = fx.wrong_secret ? `whsec_wrong${randomToken(24)}` : ep.secret;
    const faults = [
      ...(fx.stale ? ["stale"] : []),
      ...(fx.wrong_secret ? ["wrong_secret"] : []),
      ...(fx.duplicate ? ["duplicate"] : []),
      ...(fx.concurrent ? [`concurrent:${fx.concurrent}`] : []),
      ...(fx.delay_ms ? [`delay_ms:${fx.delay_ms}`] : []),
    ];
    const controller = new AbortController();
    this.controllers.add(controller);
    const timer = setTimeout(() => controller.abort(), this.host.opts.webhookTimeoutMs);
    const started = Date.now();
    let status: number | null = null;
    let error: string | null = null;
    let body: string | null = null;
    try {
      const res = await fetch(ep.endpoint.url, {
        method: "POST",
        headers: {
          "Content-Type": "application/json; charset=utf-8",
          "User-Agent": USER_AGENT,
          "Stripe-Signature": signPayload(payload, secret, t),
          "Cache-Control": "no-cache",
          Accept: "*/*; q=0.5, application/xml",
        },
        body: payload,
        signal: controller.signal,
      });
      status = res.status;
      body = (await res.text().catch(() => "")).slice(0, 500);
    } catch (e) {
      error = controller.signal.aborted ? "timeout" : e instanceof Error ? (e.cause as Error | undefined)?.message ?? e.message : String(e);
    } finally {
      clearTimeout(timer);
      this.controllers.delete(controller);
    }
    const ok = status !== null && status >= 200 && status < 300;
    this.record(rec, ep.endpoint.id, attempt, copy, status, ok, error, faults, t, Date.now() - started, body);
    this.host.log(
      `webhook ${rec.event.type} ${rec.event.id} -> ${ep.endpoint.url} attempt ${attempt}${copy ? ` copy ${copy}` : ""}: ${status ?? error}`,
    );
    return ok;
  }

  private record(
    rec: EventRecord,
    epId: string,
    attempt: number,
    copy: number,
    status: number | null,
    ok: boolean,
    error: string | null,
    faults: string[],
    t: number | null,
    duration: number,
    body: string | null,
  ): void {
    const ep = this.host.store.data.webhookEndpoints[epId];
    this.deliveries.push({
      id: `wd_${randomToken(16)}`,
      event_id: rec.event.id,
      event_type: rec.event.type,
      account: rec.event.account ?? null,
      endpoint_id: epId,
      url: ep?.endpoint.url ?? "",
      connect: ep?.connect ?? false,
      attempt,
      copy,
      status_code: status,
      ok,
      error,
      faults,
      signature_timestamp: t,
      started_at: Date.now(),
      duration_ms: duration,
      response_body: body,
    });
    if (this.deliveries.length > MAX_LOG) this.deliveries.splice(0, this.deliveries.length - MAX_LOG);
  }

  /** Wait for queued first attempts (not retries) to finish. Handy in tests. */
  async idle(): Promise<void> {
    await Promise.all([...this.chains.values()]);
  }

  reset(): void {
    for (const c of this.controllers) c.abort();
    this.chains.clear();
    this.deliveries.length = 0;
  }

  close(): void {
    this.closed = true;
    this.reset();
  }
}
