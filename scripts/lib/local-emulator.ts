import path from "node:path";
import { startStripeEmulator } from "../../stripe-emulator/src/index";
import { DATA_DIR } from "./local-env";

export interface LocalEmulator {
  url: string;
  /** Makes the emulator hold the seed's connected accounts, with the same ids and states. */
  syncDemoAccounts(env?: NodeJS.ProcessEnv): Promise<void>;
  close(): Promise<void>;
}

/**
 * The Stripe emulator, wired to this app: webhooks to its two endpoints, signed with the secrets
 * the app verifies. Sets STRIPE_API_HOST so lib/stripe talks to it.
 */
export async function startLocalEmulator(options: {
  port?: number;
  persist?: boolean;
  appUrl?: string;
  env?: NodeJS.ProcessEnv;
}): Promise<LocalEmulator> {
  const env = options.env ?? process.env;
  const appUrl = options.appUrl ?? env.APP_URL ?? "http://localhost:3000";
  const emulator = await startStripeEmulator({
    port: options.port ?? Number(env.STRIPE_EMULATOR_PORT ?? 12111),
    persistFile: options.persist ? path.join(DATA_DIR, "stripe-emulator.json") : undefined,
    webhookEndpoints: [
      { url: `${appUrl}/api/stripe/webhook`, secret: required(env, "STRIPE_WEBHOOK_SECRET"), connect: false },
      { url: `${appUrl}/api/stripe/connect/webhook`, secret: required(env, "STRIPE_CONNECT_WEBHOOK_SECRET"), connect: true },
    ],
  });
  env.STRIPE_API_HOST = emulator.url;
  return {
    url: emulator.url,
    async syncDemoAccounts(targetEnv = env) {
      const { demoConnectedAccounts } = await import("../../prisma/seed-data");
      for (const account of demoConnectedAccounts) {
        const response = await fetch(`${emulator.url}/_emulator/accounts/${account.stripeAccountId}`, {
          method: "PUT",
          headers: { authorization: `Bearer ${required(targetEnv, "STRIPE_SECRET_KEY")}`, "content-type": "application/json" },
          body: JSON.stringify(account.emulator),
        });
        if (!response.ok) throw new Error(`Could not create demo account ${account.stripeAccountId} in the emulator: ${await response.text()}`);
      }
    },
    close: () => emulator.close(),
  };
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}
