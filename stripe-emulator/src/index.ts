import type { AddressInfo } from "node:net";
import { intentTick } from "./domain/intents";
import { sessionTick } from "./domain/sessions";
import { subscriptionTick } from "./domain/subscriptions";
import { Emulator } from "./emulator";
import { createEmulatorServer } from "./http/server";
import { resolveOptions, type StripeEmulatorOptions, type WebhookEndpointConfig } from "./options";
import { registerConfiguredEndpoints } from "./resources/webhook-endpoints";

export type { StripeEmulatorOptions, WebhookEndpointConfig } from "./options";
export type { DeliveryLog } from "./webhooks/dispatcher";
export type { WebhookFaultRule, ApiFaultRule } from "./webhooks/faults";
export { SEPA_FAILURE_IBAN, SEPA_SUCCESS_IBAN } from "./domain/test-cards";

export interface StripeEmulator {
  /** Base URL, e.g. `http://127.0.0.1:12111`; give it to the SDK as host/port/protocol (or STRIPE_API_HOST). */
  url: string;
  port: number;
  close(): Promise<void>;
  /** Forget all state (accounts, sessions, events...), faults and clock offset; keeps configured webhook endpoints. */
  reset(): void;
}

/** Start an emulator. `port: 0` picks a free port (read it back from `port` / `url`). */
export async function startStripeEmulator(options: StripeEmulatorOptions = {}): Promise<StripeEmulator> {
  const opts = resolveOptions(options);
  const emu = new Emulator(opts);
  const configured: WebhookEndpointConfig[] = opts.webhookEndpoints;
  const reset = () => {
    emu.reset();
    registerConfiguredEndpoints(emu, configured);
  };
  const server = createEmulatorServer(emu, { reset });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const hostForUrl = opts.host === "0.0.0.0" || opts.host === "::" ? "127.0.0.1" : opts.host;
  const url = `http://${hostForUrl.includes(":") ? `[${hostForUrl}]` : hostForUrl}:${port}`;
  emu.baseUrl = (opts.publicUrl ?? url).replace(/\/$/, "");
  registerConfiguredEndpoints(emu, configured);
  emu.onTick(sessionTick);
  emu.onTick(intentTick);
  emu.onTick(subscriptionTick);
  emu.startTicker();
  emu.log(`listening on ${url}`);
  let closed = false;
  return {
    url,
    port,
    reset,
    close: async () => {
      if (closed) return;
      closed = true;
      emu.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
