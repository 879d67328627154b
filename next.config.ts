import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { getEnv, InvalidEnvironmentError } from "./lib/env";

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
  typedRoutes: false,
  // Prisma's generated client, the pg driver and the Stripe SDK stay server-side Node modules,
  // loaded by Node rather than bundled: bundling the Stripe SDK (hundreds of files) into each route
  // that uses it made the first "Set up payments" and the onboarding return compile for seconds in
  // development.
  serverExternalPackages: ["@prisma/adapter-pg", "pg", "bcryptjs", "nodemailer", "stripe"],
  images: { unoptimized: true },
  // Shop logos and product images are posted through server actions (2 MB each at most).
  experimental: { serverActions: { bodySizeLimit: "3mb" } },
};

// Messages, formats and the time zone come from lib/i18n/request.ts (next-intl without locale routing).
export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
