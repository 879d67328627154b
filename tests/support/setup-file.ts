import { afterAll, inject } from "vitest";
import { createTestSchema, dropTestSchema } from "./test-database";

// Runs before each test file: a schema of its own, then lib/db.ts connects to it on first use.
const schemaUrl = await createTestSchema(inject("databaseUrl"));
process.env.DATABASE_URL = schemaUrl;

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await dropTestSchema(schemaUrl);
});
