import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/**
 * One PostgreSQL server for the run: TEST_DATABASE_URL (a real server, as CI provides) or an
 * in-memory PGlite. Each test file then creates its own schema on it (tests/support/setup-file.ts).
 */
export default async function setup(project: TestProject) {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    project.provide("databaseUrl", external);
    return;
  }
  const embedded = await startEmbeddedPostgres({});
  project.provide("databaseUrl", embedded.url);
  return async () => {
    await embedded.stop();
  };
}
