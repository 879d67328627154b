/** Public options of `startStripeEmulator` and their resolved (defaulted) form. */

export interface WebhookEndpointConfig {
  url: string;
  /** `whsec_...` secret used to sign deliveries to this endpoint. */
  secret: string;
  /** true: receives events of connected accounts (Connect endpoint); false: the platform's own events. */
  connect: boolean;
  /** Event types, `*` (default) for all. */
  enabledEvents?: string[];
}

export interface StripeEmulatorOptions {
  /** TCP port; 0 picks a random free port. Default 12111. */
  port?: number;
  /** Interface to bind. Default 127.0.0.1. */
  host?: string;
  /**
   * Accepted secret-key prefix(es). A comma-separated list is allowed
   * (e.g. "sk_test_,rk_test_"). Default "sk_test_".
   */
  secretKeyPrefix?: string;
  /** JSON file the state is loaded from at start and saved to after each change. */
  persistFile?: string;
  /** Webhook endpoints registered at start-up (upserted by url + connect). */
  webhookEndpoints?: WebhookEndpointConfig[];
  /** Name shown on the hosted onboarding page. Default "Comptoir". */
  platformName?: string;
  /** Lifetime of Account Link URLs in seconds. Default 300. */
  accountLinkTtlSeconds?: number;
  /** Delay before a SEPA Debit payment settles (succeeds or fails). Default 2000 ms. */
  asyncPaymentDelayMs?: number;
  /** Log requests and webhook deliveries to stdout. Default false. */
  log?: boolean;
  /** Number of delivery attempts per event and endpoint (first try included). Default 5. */
  webhookMaxAttempts?: number;
  /** First retry delay; doubles on each retry (1 s, 2 s, 4 s, ...). Default 1000 ms. */
  webhookRetryBaseMs?: number;
  /** Timeout of one webhook delivery attempt. Default 10000 ms. */
  webhookTimeoutMs?: number;
  /**
   * Public base URL used in links the emulator hands out (Account Links, Checkout URLs).
   * Default `http://<host>:<port>`.
   */
  publicUrl?: string;
}

export interface ResolvedOptions {
  port: number;
  host: string;
  keyPrefixes: string[];
  persistFile: string | undefined;
  webhookEndpoints: WebhookEndpointConfig[];
  platformName: string;
  accountLinkTtlSeconds: number;
  asyncPaymentDelayMs: number;
  log: boolean;
  webhookMaxAttempts: number;
  webhookRetryBaseMs: number;
  webhookTimeoutMs: number;
  publicUrl: string | undefined;
}

export function resolveOptions(o: StripeEmulatorOptions = {}): ResolvedOptions {
  return {
    port: o.port ?? 12111,
    host: o.host ?? "127.0.0.1",
    keyPrefixes: (o.secretKeyPrefix ?? "sk_test_")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
    persistFile: o.persistFile,
    webhookEndpoints: o.webhookEndpoints ?? [],
    platformName: o.platformName ?? "Comptoir",
    accountLinkTtlSeconds: o.accountLinkTtlSeconds ?? 300,
    asyncPaymentDelayMs: o.asyncPaymentDelayMs ?? 2000,
    log: o.log ?? false,
    webhookMaxAttempts: Math.max(1, o.webhookMaxAttempts ?? 5),
    webhookRetryBaseMs: o.webhookRetryBaseMs ?? 1000,
    webhookTimeoutMs: o.webhookTimeoutMs ?? 10_000,
    publicUrl: o.publicUrl,
  };
}
