import { AsyncResource } from "node:async_hooks";
import { writeAbortReasonStacks } from "./lib/runtime/abort-reasons";

/**
 * Runs once when a server starts, before any request. A resource created inside a request keeps
 * that request's async context (its stores) for as long as it lives, and through it everything the
 * request reached: the server's live heap grew run after run. So what lives as long as the process
 * is made here:
 * - an async scope with no request in it, in which lib/db.ts opens database connections;
 * - AbortController.abort() made to write out an Error reason's stack at once: unwritten, its
 *   frames kept other requests reachable (lib/runtime/abort-reasons.ts);
 * - Prisma's query compiler, which it loads once into a promise kept for the process's life.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  (globalThis as { dbConnectScope?: AsyncResource }).dbConnectScope ??= new AsyncResource("comptoir.db-connect");
  writeAbortReasonStacks();
  if (!process.env.DATABASE_URL || process.env.NEXT_PHASE === "phase-production-build") return;
  const { db } = await import("./lib/db");
  // A database that is not there yet is not this hook's business: the first query reports it.
  await db.$connect().catch(() => {});
}
