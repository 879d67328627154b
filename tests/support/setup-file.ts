import { afterAll, inject } from "vitest";
import { createTestSchema, dropTestSchema } from "./test-database";

// The app's environment for tests: the Stripe emulator's key and local webhook secrets.
process.env.AUTH_SECRET ??= "test-secret-that-is-at-least-32-characters";
process.env.APP_URL ??= "http://localhost:3999";
process.env.STRIPE_SECRET_KEY ??= "sk_test_emulator_tests";
process.env.STRIPE_WEBHOOK_SECRET ??= "whsec_test_platform";
process.env.STRIPE_CONNECT_WEBHOOK_SECRET ??= "whsec_test_connect";

// Runs before each test file: a schema of its own, then lib/db.ts connects to it on first use.
const schemaUrl = await createTestSchema(inject("databaseUrl"));
process.env.DATABASE_URL = schemaUrl;

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await dropTestSchema(schemaUrl);
});
