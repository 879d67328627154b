import { resolve } from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { getEnv, InvalidEnvironmentError } from "./lib/env";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "./lib/security/body-limit";
import { BASE_SECURITY_HEADERS } from "./lib/security/base-headers";

// Validate the environment before anything starts: a missing or malformed variable stops
// `next dev`, `next build` and `next start` with a message naming it.
try {
  getEnv();
} catch (error) {
  if (error instanceof InvalidEnvironmentError) {
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
  throw error;
}

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Cached pages and data in a bounded in-memory LRU whose tags are invalidated through PostgreSQL,
  // so a change made by a worker or another instance reaches every server (lib/cache/).
  cacheHandler: resolve("lib/cache/next-cache-handler.mjs"),
  typedRoutes: false,
  // Prisma's generated client, the pg driver and the Stripe SDK stay server-side Node modules,
  // loaded by Node rather than bundled: bundling the Stripe SDK (hundreds of files) into each route
  // that uses it made the first "Set up payments" and the onboarding return compile for seconds in
  // development.
  serverExternalPackages: ["@prisma/adapter-pg", "pg", "pg-boss", "bcryptjs", "nodemailer", "stripe"],
  images: { unoptimized: true },
  // `next dev` would print every server function call with its arguments (passwords included).
  logging: { serverFunctions: false },
  // Shop logos and product images are posted through server actions (2 MB each at most).
  experimental: { serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT_BYTES } },
  // No framing, no sniffing, no full referrer on every response (API, static files included); the
  // per-request Content-Security-Policy, Permissions-Policy and HSTS are set by proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: BASE_SECURITY_HEADERS }];
  },
};

// Messages, formats and the time zone come from lib/i18n/request.ts; the locale is the internal
// [locale] segment proxy.ts rewrites to.
export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
