import Stripe from "stripe";
import { Clock } from "./clock";
import { IdempotencyStore } from "./http/idempotency";
import { newId } from "./ids";
import type { ResolvedOptions } from "./options";
import { PLATFORM, type EventRecord, Store } from "./state";
import { WebhookDispatcher } from "./webhooks/dispatcher";
import { Faults } from "./webhooks/faults";

export const API_VERSION: string = Stripe.API_VERSION;

export interface RequestInfo {
  id: string | null;
  idempotency_key: string | null;
}

export interface EmitOptions {
  /** Owner of the object: PLATFORM, or a connected account id (then `event.account` is set). */
  owner: string;
  previous?: Record<string, unknown>;
}

type TickHandler = (emu: Emulator) => void;

/**
 * Shared context of one emulator instance: state, clock, webhooks, faults and
 * timers. Resource modules are plain functions taking it, which keeps them
 * small and testable.
 */
export class Emulator {
  readonly clock: Clock;
  readonly store: Store;
  readonly faults = new Faults();
  readonly dispatcher: WebhookDispatcher;
  readonly idempotency: IdempotencyStore;
  baseUrl = "";
  private request: RequestInfo = { id: null, idempotency_key: null };
  private batch: EventRecord[] = [];
  private batchScheduled = false;
  private timers = new Set<NodeJS.Timeout>();
  private tickHandlers: TickHandler[] = [];
  private ticker: NodeJS.Timeout | null = null;

  constructor(readonly opts: ResolvedOptions) {
    this.store = new Store(opts.persistFile);
    this.clock = new Clock(this.store.data.clockOffsetSeconds);
    this.idempotency = new IdempotencyStore(() => this.clock.nowMs());
    this.dispatcher = new WebhookDispatcher({
      store: this.store,
      opts,
      faults: this.faults,
      setTimer: (fn, ms) => this.setTimer(fn, ms),
      log: (m) => this.log(m),
    });
  }

  get state() {
    return this.store.data;
  }

  now(): number {
    return this.clock.now();
  }

  log(msg: string): void {
    if (this.opts.log) console.log(`[stripe-emulator] ${msg}`);
  }

  /** Run an API handler so the events it emits carry `request.id` / `idempotency_key`. */
  withRequest<T>(info: RequestInfo, fn: () => T): T {
    const prev = this.request;
    this.request = info;
    try {
      return fn();
    } finally {
      this.request = prev;
    }
  }

  /** Create an event and queue its delivery to the matching endpoints. */
  emit(type: string, object: { [k: string]: unknown } | object, o: EmitOptions): EventRecord {
    const account = o.owner === PLATFORM ? undefined : o.owner;
    const deliveries: EventRecord["deliveries"] = {};
    for (const ep of Object.values(this.state.webhookEndpoints)) {
      if (ep.endpoint.status !== "enabled" || ep.connect !== (account !== undefined)) continue;
      const ev = ep.endpoint.enabled_events;
      if (ev.includes("*") || ev.includes(type)) deliveries[ep.endpoint.id] = "pending";
    }
    const event = {
      id: newId("evt"),
      object: "event",
      ...(account ? { account } : {}),
      api_version: API_VERSION,
      created: this.now(),
      data: {
        object: structuredClone(object),
        ...(o.previous ? { previous_attributes: structuredClone(o.previous) } : {}),
      },
      livemode: false,
      pending_webhooks: Object.keys(deliveries).length,
      request: { ...this.request },
      type,
    } as unknown as Stripe.Event;
    const rec: EventRecord = { event, deliveries };
    this.state.events[event.id] = rec;
    this.store.changed();
    this.batch.push(rec);
    if (!this.batchScheduled) {
      this.batchScheduled = true;
      // Flush after the current operation so the API response goes out first
      // and all events of one operation form one batch (see the `reverse` fault).
      setImmediate(() => {
        this.batchScheduled = false;
        const b = this.batch;
        this.batch = [];
        this.dispatcher.dispatchBatch(b);
      });
    }
    return rec;
  }

  setTimer(fn: () => void, ms: number): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      fn();
    }, ms);
    this.timers.add(t);
  }

  onTick(handler: TickHandler): void {
    this.tickHandlers.push(handler);
  }

  /** Time-driven work: expiring sessions, settling SEPA payments. */
  tick(): void {
    for (const h of this.tickHandlers) h(this);
  }

  startTicker(intervalMs = 200): void {
    this.ticker = setInterval(() => this.tick(), intervalMs);
    this.ticker.unref();
  }

  advanceClock(seconds: number): void {
    this.clock.advance(seconds);
    this.state.clockOffsetSeconds = this.clock.offsetSeconds;
    this.store.changed();
    this.tick();
  }

  /** Back to real time (tests that moved the clock hand it back, so later callers see real time again). */
  resetClock(): void {
    this.clock.reset();
    this.state.clockOffsetSeconds = 0;
    this.store.changed();
  }

  reset(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.batch = [];
    this.dispatcher.reset();
    this.faults.clear();
    this.idempotency.clear();
    this.clock.reset();
    this.store.reset();
  }

  close(): void {
    if (this.ticker) clearInterval(this.ticker);
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.dispatcher.close();
    this.store.flush();
  }
}
