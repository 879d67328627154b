/**
 * What the production-build benches share (bench/webhooks.ts, bench/pages.ts): a database schema
 * (BENCH_DATABASE_URL or the embedded PGlite), free ports, the environment of a production server
 * talking to the emulator, the build (BENCH_SKIP_BUILD reuses the last one) and child processes
 * that are always stopped.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createTestSchema, dropTestSchema } from "../tests/support/test-database";
import { startEmbeddedPostgres } from "../scripts/lib/embedded-postgres";
import { freePort } from "../scripts/lib/free-port";
import { bin, run } from "../scripts/lib/run";

export const KEY = "sk_test_emulator_bench";
export const CONNECT_SECRET = "whsec_bench_connect";

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? 0;

const children: ChildProcess[] = [];

/** A child process, stopped by `stopChildren`; resolves once `ready` appears on its stdout (at once without). */
export function startProcess(command: string, args: string[], env: NodeJS.ProcessEnv, ready?: RegExp): Promise<ChildProcess> {
  const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "inherit"] });
  children.push(child);
  // Drained even when nobody waits for a line, so a chatty child never blocks on a full pipe.
  child.stdout!.resume();
  return new Promise((resolve, reject) => {
    if (!ready) return resolve(child);
    child.stdout!.on("data", (chunk: Buffer) => {
      if (ready.test(chunk.toString())) resolve(child);
    });
    child.once("exit", (code) => reject(new Error(`${command} ${args.join(" ")} exited with ${code}`)));
  });
}

export async function stopChildren() {
  for (const child of children.splice(0).reverse()) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await Promise.race([exited, sleep(5000)]);
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  }
}

export async function waitForHttp(url: string) {
  for (let i = 0; i < 600; i++) {
    if (await fetch(url).then(() => true, () => false)) return;
    await sleep(100);
  }
  throw new Error(`${url} did not answer`);
}

export type BenchSetup = {
  env: NodeJS.ProcessEnv;
  appUrl: string;
  appPort: number;
  emulatorUrl: string;
  emulatorPort: number;
  embedded: boolean;
  /** Stops the children, drops the schema and the embedded server. */
  close(): Promise<void>;
};

/** A fresh migrated schema, two free ports and the environment of a production server and the emulator. */
export async function benchSetup(): Promise<BenchSetup> {
  const embedded = process.env.BENCH_DATABASE_URL ? null : await startEmbeddedPostgres({});
  const baseUrl = process.env.BENCH_DATABASE_URL ?? embedded!.url;
  const schemaUrl = await createTestSchema(baseUrl, "bench");
  const [emulatorPort, appPort] = [await freePort(), await freePort()];
  const emulatorUrl = `http://127.0.0.1:${emulatorPort}`;
  const appUrl = `http://127.0.0.1:${appPort}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: schemaUrl,
    STRIPE_SECRET_KEY: KEY,
    STRIPE_API_HOST: emulatorUrl,
    STRIPE_WEBHOOK_SECRET: "whsec_bench_platform",
    STRIPE_CONNECT_WEBHOOK_SECRET: CONNECT_SECRET,
    AUTH_SECRET: randomBytes(32).toString("hex"),
    APP_URL: appUrl,
    LOG_LEVEL: "error",
    // The bench's baselines (app/api/bench/bare, app/(storefront)/bench-trivial) answer only then.
    BENCH_BARE_ROUTE: "1",
  };
  return {
    env,
    appUrl,
    appPort,
    emulatorUrl,
    emulatorPort,
    embedded: embedded !== null,
    async close() {
      await stopChildren();
      await dropTestSchema(schemaUrl).catch(() => {});
      // The job queue's tables, next to the app's (lib/jobs/boss.ts), when a bench ran workers.
      const jobs = new URL(schemaUrl);
      jobs.searchParams.set("schema", `${jobs.searchParams.get("schema")}_jobs`);
      await dropTestSchema(jobs.toString()).catch(() => {});
      await embedded?.stop();
    },
  };
}

/** The emulator in its own process, with no webhook endpoint (the benches deliver events themselves). */
export async function startEmulator(setup: BenchSetup) {
  const emulatorEnv = { ...setup.env, STRIPE_EMULATOR_PORT: String(setup.emulatorPort), STRIPE_EMULATOR_LOG: "0", STRIPE_WEBHOOK_SECRET: "", STRIPE_CONNECT_WEBHOOK_SECRET: "" };
  await startProcess(bin("tsx"), ["stripe-emulator/src/main.ts"], emulatorEnv);
  await waitForHttp(`${setup.emulatorUrl}/_emulator/faults`);
}

/** `next build` unless BENCH_SKIP_BUILD asks to reuse the last one. */
export async function buildIfNeeded(env: NodeJS.ProcessEnv) {
  if (process.env.BENCH_SKIP_BUILD && existsSync(".next/BUILD_ID")) console.log("▸ Reusing the existing production build (BENCH_SKIP_BUILD)");
  else await run(bin("next"), ["build"], { env, stdio: ["ignore", "ignore", "inherit"] });
}

/**
 * The server as `npm start` runs it (package.json's start script, its Node flags included), so the
 * benches measure what is deployed.
 */
function startCommand(): [string, string[]] {
  const script = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: { start: string } }).scripts.start;
  const [command, ...args] = script.trim().split(/\s+/);
  return [command === "next" ? bin("next") : command!, args];
}

/** `npm start`'s server in its own process; resolves once /api/health answers. */
export async function startServer(setup: BenchSetup, extraEnv: Record<string, string> = {}): Promise<ChildProcess> {
  const [command, args] = startCommand();
  const server = await startProcess(command, [...args, "--port", String(setup.appPort), "--hostname", "localhost"], { ...setup.env, ...extraEnv });
  await waitForHttp(`${setup.appUrl}/api/health`);
  return server;
}

/** Makes this process talk to the bench's database and emulator (for seeding through lib/). */
export function adoptBenchEnvironment(setup: BenchSetup) {
  Object.assign(process.env, setup.env, { NODE_ENV: "test" });
}
