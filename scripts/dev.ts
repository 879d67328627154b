/**
 * `npm run dev`: the whole marketplace on a bare machine. Starts the embedded PostgreSQL (unless
 * DATABASE_URL is set) and the Stripe emulator (unless real Stripe keys are set), applies the
 * migrations, seeds the demo data, then runs `next dev`.
 */
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./lib/embedded-postgres";
import { applyLocalDefaults, DATA_DIR, EMULATOR_DEFAULTS, isEmulatorKey, loadDotEnv, localAuthSecret } from "./lib/local-env";
import { startLocalEmulator, type LocalEmulator } from "./lib/local-emulator";
import { bin, run } from "./lib/run";

loadDotEnv();
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const port = Number(process.env.PORT ?? 3000);
applyLocalDefaults({ APP_URL: `http://localhost:${port}`, AUTH_SECRET: localAuthSecret() });

let database: EmbeddedPostgres | undefined;
let emulator: LocalEmulator | undefined;
let worker: ChildProcess | undefined;
let stopping = false;

async function main() {
  if (!process.env.DATABASE_URL) {
    const dbPort = Number(process.env.EMBEDDED_DB_PORT ?? 54329);
    database = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, "pglite"), port: dbPort });
    process.env.DATABASE_URL = database.url;
    console.log(`▸ Embedded PostgreSQL (PGlite) on 127.0.0.1:${dbPort}, data in ${DATA_DIR}/pglite`);
  } else {
    console.log("▸ Using the PostgreSQL server in DATABASE_URL");
  }

  if (isEmulatorKey(process.env.STRIPE_SECRET_KEY)) {
    applyLocalDefaults(EMULATOR_DEFAULTS);
    emulator = await startLocalEmulator({ persist: true });
    console.log(`▸ Stripe emulator on ${emulator.url} (webhooks to ${process.env.APP_URL})`);
  } else {
    console.log("▸ Real Stripe keys found: talking to Stripe test mode");
  }

  console.log("▸ Applying migrations");
  await run(bin("prisma"), ["migrate", "deploy"], { stdio: ["ignore", "ignore", "inherit"] });
  console.log("▸ Seeding demo data");
  await run(bin("tsx"), ["prisma/seed.ts"]);
  await emulator?.syncDemoAccounts();

  // Only this machine can reach the dev server unless DEV_HOST says otherwise. "localhost", not
  // 127.0.0.1: the dev server hands proxy.ts URLs on localhost, and the locale rewrite must stay on
  // the origin Next.js routes with (on another one, Next.js proxies the request to itself and fails).
  const host = process.env.DEV_HOST?.trim() || "localhost";
  console.log(`▸ Starting Next.js on ${process.env.APP_URL} and a background worker (webhooks, emails, schedule)`);
  const next = spawn(bin("next"), ["dev", "--port", String(port), "--hostname", host], { stdio: "inherit", env: process.env });
  worker = spawn(bin("tsx"), ["scripts/worker.ts"], { stdio: "inherit", env: { WORKER_CONCURRENCY: "4", ...process.env } });
  worker.on("exit", (code) => {
    if (code && !stopping) console.error(`▸ The worker stopped (exit ${code}); webhooks and emails wait until npm run dev restarts.`);
  });
  const stop = () => {
    stopping = true;
    next.kill("SIGTERM");
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  next.on("exit", async (code) => {
    stopping = true;
    await shutdown();
    process.exit(code ?? 0);
  });
}

async function shutdown() {
  if (worker && worker.exitCode === null) {
    const exited = new Promise((resolve) => worker!.once("exit", resolve));
    worker.kill("SIGTERM");
    await exited;
  }
  await emulator?.close().catch(() => {});
  await database?.stop().catch(() => {});
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await shutdown();
  process.exit(1);
});
