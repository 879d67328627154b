/**
 * `npm run reconcile [-- --since=48h]`: compares the recent Checkout Sessions of every connected
 * account (and the platform's application fees) with the database, repairs what missed webhooks
 * left behind through the same idempotent fulfilment, and prints each change. Safe to run at any
 * time, and again: a second run finds nothing to repair.
 */
import { applyLocalDefaults, EMULATOR_DEFAULTS, isEmulatorKey, loadDotEnv, localAuthSecret } from "./lib/local-env";

const USAGE = "Usage: npm run reconcile [-- --since=72h]   (m, h or d: 90m, 48h, 7d; default 72h)";
const DEFAULT_SINCE = "72h";

async function main(): Promise<number> {
  loadDotEnv();
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    console.log(USAGE);
    return 0;
  }
  const unknown = args.filter((arg) => !arg.startsWith("--since="));
  if (unknown.length > 0) {
    console.error(`Unknown argument: ${unknown.join(" ")}\n${USAGE}`);
    return 1;
  }
  const { parseDuration, reconcile } = await import("@/lib/admin/reconcile");
  const sinceText = args.find((arg) => arg.startsWith("--since="))?.slice("--since=".length) ?? DEFAULT_SINCE;
  const window = parseDuration(sinceText);
  if (window === null) {
    console.error(`--since must be a duration like 90m, 48h or 7d, got "${sinceText}".\n${USAGE}`);
    return 1;
  }
  if (!process.env.DATABASE_URL) {
    console.error(
      "DATABASE_URL is not set. Point it at the app's database; next to `npm run dev` (embedded database):\n" +
        "  DATABASE_URL=postgresql://postgres:postgres@127.0.0.1:54329/postgres?sslmode=disable&prepare=false npm run reconcile",
    );
    return 1;
  }
  // The same local defaults as `npm run dev`, so it runs next to the dev server with no .env.
  if (isEmulatorKey(process.env.STRIPE_SECRET_KEY)) applyLocalDefaults({ ...EMULATOR_DEFAULTS, AUTH_SECRET: localAuthSecret() });
  // The whole app environment (fulfilment queues emails, which read it): a clear message if not.
  const { getEnv, InvalidEnvironmentError } = await import("@/lib/env");
  try {
    getEnv();
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }

  const since = new Date(Date.now() - window);
  console.log(`Reconciling Checkout Sessions created since ${since.toISOString()} (${sinceText})`);
  const result = await reconcile({ since, out: (line) => console.log(`  ${line}`) });
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  return result.failures.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
