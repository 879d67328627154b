import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from "node:fs";
import { dirname } from "node:path";
import type Stripe from "stripe";

/**
 * Owner key of objects that live on the platform itself. Objects created with a
 * `Stripe-Account` header are owned by that connected account id instead, which
 * is how direct charges stay invisible without the header (as on Stripe).
 */
export const PLATFORM = "platform";

export interface Owned<T> {
  owner: string;
  obj: T;
}

export interface AccountLinkRecord {
  token: string;
  account: string;
  type: string;
  refresh_url: string;
  return_url: string;
  created: number;
  expires_at: number;
  /** Set on first visit; the browser keeps it in a cookie so FR/EN switching does not burn the link. */
  visit_nonce: string | null;
  used: boolean;
}

export interface PaymentIntentData {
  application_fee_amount: number | null;
  metadata: Record<string, string>;
  description: string | null;
  statement_descriptor: string | null;
  receipt_email: string | null;
}

export interface PendingAsync {
  outcome: "succeeded" | "failed";
  due_at_ms: number;
}

export interface SessionRecord {
  owner: string;
  session: Stripe.Checkout.Session;
  lineItems: Stripe.LineItem[];
  /** product id -> what `product_data` described (there is no Products API in the emulator). */
  products: Record<string, { name: string; description: string | null; images: string[] }>;
  piData: PaymentIntentData;
  /** A card waiting for the 3-D Secure challenge page. */
  challenge: { email: string; last4: string; brand: string; exp_month: number; exp_year: number } | null;
  pendingAsync: PendingAsync | null;
  /** Shipping rates built from `shipping_options[][shipping_rate_data]` (no ShippingRates API in the emulator). */
  shippingRates?: Stripe.ShippingRate[];
  /** `mode=subscription` only: what `subscription_data` asked for. */
  subscriptionData?: { application_fee_percent: number | null; metadata: Record<string, string>; description: string | null };
}

/** Hidden state of a Subscription: the card it renews with and how many periods were billed. */
export interface SubscriptionRecord {
  owner: string;
  sub: Stripe.Subscription;
  card: { brand: string; last4: string; exp_month: number; exp_year: number; country: string };
  /** Renewals are declined (control API `card=fails_renewal`: the card on file became a 0341). */
  failsRenewal: boolean;
  email: string;
  /** Periods billed so far (1 after Checkout); period n ends at anchor + n intervals. */
  periods: number;
  /** price id -> line description, for the renewal invoices' lines. */
  descriptions: Record<string, string>;
}

/**
 * What the customer typed, kept server-side only (never returned by the API): the emulator
 * decides the outcome from the card number or IBAN, as Stripe's test mode does.
 */
export type MethodSource =
  | { type: "card"; number: string; exp_month: number; exp_year: number; name: string | null; email: string | null }
  | { type: "sepa_debit"; iban: string; name: string; email: string | null };

export interface ConfirmationTokenRecord {
  owner: string;
  token: Stripe.ConfirmationToken;
  method: MethodSource;
  used: boolean;
}

/** Hidden state of a PaymentIntent created through the API (Checkout's live in SessionRecord). */
export interface IntentRecord {
  owner: string;
  /** The payment method being confirmed (waiting for 3-D Secure, or processing). */
  method: MethodSource | null;
  paymentMethodId: string | null;
  pendingAsync: PendingAsync | null;
  /** Where the 3-D Secure page sends the browser back for `redirect_to_url`. */
  returnUrl: string | null;
}

export type DeliveryStatus = "pending" | "succeeded" | "failed" | "dropped";

export interface EventRecord {
  event: Stripe.Event;
  /** endpoint id -> outcome; drives `pending_webhooks` and the `delivery_success` filter. */
  deliveries: Record<string, DeliveryStatus>;
}

export interface EndpointRecord {
  endpoint: Stripe.WebhookEndpoint;
  secret: string;
  connect: boolean;
}

export interface BalanceRecord {
  available: Record<string, number>;
  pending: Record<string, number>;
}

export interface StateData {
  version: 1;
  clockOffsetSeconds: number;
  accounts: Record<string, Stripe.Account>;
  accountLinks: Record<string, AccountLinkRecord>;
  sessions: Record<string, SessionRecord>;
  paymentIntents: Record<string, Owned<Stripe.PaymentIntent>>;
  intents: Record<string, IntentRecord>;
  confirmationTokens: Record<string, ConfirmationTokenRecord>;
  charges: Record<string, Owned<Stripe.Charge>>;
  refunds: Record<string, Owned<Stripe.Refund>>;
  applicationFees: Record<string, Stripe.ApplicationFee>;
  balanceTransactions: Record<string, Owned<Stripe.BalanceTransaction>>;
  balances: Record<string, BalanceRecord>;
  payouts: Record<string, Owned<Stripe.Payout>>;
  /** Disputes live on the charge's account (direct charges: the connected account). */
  disputes?: Record<string, Owned<Stripe.Dispute>>;
  events: Record<string, EventRecord>;
  customers: Record<string, Owned<Stripe.Customer>>;
  subscriptions: Record<string, SubscriptionRecord>;
  invoices: Record<string, Owned<Stripe.Invoice>>;
  webhookEndpoints: Record<string, EndpointRecord>;
}

export function emptyState(): StateData {
  return {
    version: 1,
    clockOffsetSeconds: 0,
    accounts: {},
    accountLinks: {},
    sessions: {},
    paymentIntents: {},
    intents: {},
    confirmationTokens: {},
    charges: {},
    refunds: {},
    applicationFees: {},
    balanceTransactions: {},
    balances: {},
    payouts: {},
    events: {},
    customers: {},
    subscriptions: {},
    invoices: {},
    webhookEndpoints: {},
  };
}

/**
 * In-memory store with optional JSON persistence. Writes are debounced so a
 * burst of mutations (one checkout payment touches ~8 objects) costs one write;
 * `flush()` is called on shutdown. Plain object maps keep insertion order, which
 * list endpoints use for newest-first ordering.
 */
export class Store {
  data: StateData;
  private saveTimer: NodeJS.Timeout | null = null;

  constructor(private readonly file: string | undefined) {
    this.data = this.load();
  }

  private load(): StateData {
    if (!this.file || !existsSync(this.file)) return emptyState();
    try {
      const parsed = JSON.parse(readFileSync(this.file, "utf8")) as Partial<StateData>;
      if (parsed.version !== 1) return emptyState();
      return { ...emptyState(), ...parsed };
    } catch {
      // A corrupt state file must not stop the dev server; start fresh instead.
      return emptyState();
    }
  }

  changed(): void {
    if (!this.file || this.saveTimer) return;
    this.saveTimer = setTimeout(() => this.flush(), 50);
    this.saveTimer.unref();
  }

  flush(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    if (!this.file) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.data));
    renameSync(tmp, this.file);
  }

  reset(): void {
    this.data = emptyState();
    this.changed();
  }
}
