import { z } from "zod";

/**
 * Every environment variable the app reads, checked once at start-up (next.config.ts imports this
 * file, so `next dev`, `next build` and `next start` stop with a readable message). `.env.example`
 * documents each one; `npm run dev` fills in local defaults for the embedded database and the
 * Stripe emulator.
 */
const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string({ error: "is required: a postgres:// connection string (npm run dev starts an embedded one)" })
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://"),
  APP_URL: z.url({ error: "must be the public URL of the app, like http://localhost:3000" }).default("http://localhost:3000"),
  AUTH_SECRET: z
    .string({ error: "is required: a random string of at least 32 characters (openssl rand -base64 32)" })
    .min(32, "must be at least 32 characters long"),
  STRIPE_SECRET_KEY: z
    .string({ error: "is required: sk_test_... from Stripe, or sk_test_emulator for the local emulator" })
    .regex(/^(sk|rk)_(test|live)_/, "must start with sk_test_, sk_live_, rk_test_ or rk_live_"),
  STRIPE_PUBLISHABLE_KEY: optionalString.pipe(
    z.string().regex(/^pk_(test|live)_/, "must start with pk_test_ or pk_live_").optional(),
  ),
  STRIPE_WEBHOOK_SECRET: z
    .string({ error: "is required: the signing secret (whsec_...) of the platform webhook endpoint" })
    .startsWith("whsec_", "must start with whsec_"),
  STRIPE_CONNECT_WEBHOOK_SECRET: z
    .string({ error: "is required: the signing secret (whsec_...) of the Connect webhook endpoint" })
    .startsWith("whsec_", "must start with whsec_"),
  STRIPE_API_HOST: optionalString.pipe(z.url("must be a URL like http://127.0.0.1:12111").optional()),
  STRIPE_CONNECT_ACCOUNT_KIND: z.enum(["standard", "express"]).default("standard"),
  GITHUB_ID: optionalString,
  GITHUB_SECRET: optionalString,
  GOOGLE_ID: optionalString,
  GOOGLE_SECRET: optionalString,
  SMTP_URL: optionalString.pipe(z.url("must be a URL like smtp://user:pass@host:587").optional()),
  EMAIL_FROM: z.string().default("Comptoir <no-reply@comptoir.local>"),
  UPLOAD_DIR: z.string().default(".data/uploads"),
  BUSINESS_TIME_ZONE: z
    .string()
    .default("Europe/Paris")
    .refine(isTimeZone, "must be an IANA time zone such as Europe/Paris"),
  // How many reverse proxies in front of the app append to X-Forwarded-For (lib/http/client-address.ts).
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
  // Read by lib/upload-store.ts at each call; checked here so a typo stops the start.
  S3_BUCKET: optionalString,
  S3_ENDPOINT: optionalString.pipe(z.url("must be a URL like https://minio.example.com").optional()),
  S3_REGION: optionalString,
  S3_ACCESS_KEY_ID: optionalString,
  S3_SECRET_ACCESS_KEY: optionalString,
  WORKER_CONCURRENCY: optionalString.pipe(z.string().regex(/^[1-9][0-9]{0,2}$/, "must be a number of jobs, like 10").optional()),
  DATABASE_POOL_SIZE: optionalString.pipe(z.string().regex(/^[1-9][0-9]{0,2}$/, "must be a number of connections, like 10").optional()),
});

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export type Env = z.infer<typeof envSchema>;

export class InvalidEnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join("\n")}\nSee .env.example.`);
    this.name = "InvalidEnvironmentError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
  throw new InvalidEnvironmentError(problems);
}

let cached: Env | undefined;

/** The validated environment; throws InvalidEnvironmentError naming every bad variable. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
