/**
 * `npm test`: unit and integration tests (Vitest, real PostgreSQL through Prisma), then the browser
 * journeys (Playwright in Chromium against a production build, the Stripe emulator and a seeded
 * database). `npm run test:e2e` runs only the journeys.
 *
 * Database: TEST_DATABASE_URL or DATABASE_URL when set (CI starts a throwaway server), otherwise an
 * in-memory PGlite. Every test file, and the journeys, get a schema of their own on it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createTestSchema, dropTestSchema } from "../tests/support/test-database";
import { CHROMIUM_MISSING, findChromium } from "./lib/chromium";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./lib/embedded-postgres";
import { freePort } from "./lib/free-port";
import { EMULATOR_DEFAULTS } from "./lib/local-env";
import { startLocalEmulator, type LocalEmulator } from "./lib/local-emulator";
import { bin, run } from "./lib/run";

const e2eOnly = process.argv.includes("--e2e-only");
// Anything else is handed to Playwright: `npm run test:e2e -- e2e/auth.spec.ts`.
const playwrightArgs = process.argv.slice(2).filter((arg) => arg !== "--e2e-only");
const RESULTS = "test-results";
type Tally = { passed: number; failed: number; skipped: number };
const tally: Tally = { passed: 0, failed: 0, skipped: 0 };

async function main(): Promise<boolean> {
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    console.error(CHROMIUM_MISSING);
    return false;
  }
  mkdirSync(RESULTS, { recursive: true });
  let embedded: EmbeddedPostgres | undefined;
  const external = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  const databaseUrl = external ?? (embedded = await startEmbeddedPostgres({})).url;
  console.log(external ? "▸ Tests use the PostgreSQL server in DATABASE_URL" : "▸ Tests use an in-memory PGlite");

  let ok = true;
  try {
    if (!e2eOnly) ok = (await unitAndIntegration(databaseUrl)) && ok;
    ok = (await journeys(databaseUrl, chromiumPath)) && ok;
  } finally {
    await embedded?.stop();
  }
  return ok;
}

async function unitAndIntegration(databaseUrl: string): Promise<boolean> {
  console.log("\n▸ Unit and integration tests (Vitest)");
  const report = `${RESULTS}/vitest.json`;
  const passed = await run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`], {
    env: { ...process.env, TEST_DATABASE_URL: databaseUrl },
  }).then(
    () => true,
    () => false,
  );
  const json = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(report);
  if (json) add({ passed: json.numPassedTests, failed: json.numFailedTests, skipped: json.numPendingTests + json.numTodoTests });
  else if (!passed) tally.failed += 1;
  return passed;
}

async function journeys(databaseUrl: string, chromiumPath: string): Promise<boolean> {
  console.log("\n▸ Browser journeys (Playwright, Chromium)");
  const port = await freePort();
  const schemaUrl = await createTestSchema(databaseUrl, "e2e");
  const appUrl = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...EMULATOR_DEFAULTS,
    NODE_ENV: "production",
    DATABASE_URL: schemaUrl,
    APP_URL: appUrl,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    PORT: String(port),
    CHROMIUM_PATH: chromiumPath,
    E2E_BASE_URL: appUrl,
    UPLOAD_DIR: `${RESULTS}/uploads`,
  };
  let emulator: LocalEmulator | undefined;
  let worker: ChildProcess | undefined;
  try {
    emulator = await startLocalEmulator({ port: await freePort(), appUrl, env });
    env.STRIPE_API_HOST = emulator.url;
    // A production build on a throwaway schema: the demo seed must be forced there.
    await run(bin("tsx"), ["prisma/seed.ts", "--force"], { env });
    await emulator.syncDemoAccounts(env);
    if (process.env.E2E_SKIP_BUILD && existsSync(".next/BUILD_ID")) console.log("▸ Reusing the existing build (E2E_SKIP_BUILD)");
    else await run(bin("next"), ["build"], { env });
    // Webhooks and emails are applied in the background, as in production: one worker for the journeys.
    worker = spawn(bin("tsx"), ["scripts/worker.ts"], { stdio: ["ignore", "ignore", "inherit"], env: { ...env, WORKER_CONCURRENCY: "4" } });
    const report = `${RESULTS}/playwright.json`;
    const passed = await run(bin("playwright"), ["test", ...playwrightArgs], { env: { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: report } }).then(
      () => true,
      () => false,
    );
    const json = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(report);
    if (json) add({ passed: json.stats.expected + json.stats.flaky, failed: json.stats.unexpected, skipped: json.stats.skipped });
    else if (!passed) tally.failed += 1;
    return passed;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    tally.failed += 1;
    return false;
  } finally {
    await stopChild(worker);
    await emulator?.close();
    await dropTestSchema(schemaUrl).catch(() => {});
  }
}

async function stopChild(child: ChildProcess | undefined) {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

function add(part: Tally) {
  tally.passed += part.passed;
  tally.failed += part.failed;
  tally.skipped += part.skipped;
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

main()
  .then((ok) => {
    console.log(`\ntests: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
    process.exit(ok && tally.failed === 0 ? 0 : 1);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
