import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";

export const DATA_DIR = ".data";

/** Values that make a bare clone run against the embedded database and the Stripe emulator. */
export const EMULATOR_DEFAULTS = {
  STRIPE_SECRET_KEY: "sk_test_emulator_local",
  STRIPE_PUBLISHABLE_KEY: "pk_test_emulator_local",
  STRIPE_WEBHOOK_SECRET: "whsec_emulator_platform_local",
  STRIPE_CONNECT_WEBHOOK_SECRET: "whsec_emulator_connect_local",
} as const;

export function isEmulatorKey(key: string | undefined): boolean {
  return !key || key.startsWith("sk_test_emulator");
}

/** Reads .env then .env.local (without overriding what the shell already set). */
export function loadDotEnv(): void {
  for (const file of [".env", ".env.local"]) {
    if (existsSync(file)) process.loadEnvFile(file);
  }
}

/** A random AUTH_SECRET kept under .data/ so sessions survive restarts of the dev server. */
export function localAuthSecret(): string {
  const file = path.join(DATA_DIR, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** Fills in every unset variable with its local default; returns what it filled. */
export function applyLocalDefaults(defaults: Record<string, string>): string[] {
  const filled: string[] = [];
  for (const [name, value] of Object.entries(defaults)) {
    if (!process.env[name]) {
      process.env[name] = value;
      filled.push(name);
    }
  }
  return filled;
}
