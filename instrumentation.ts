import { AsyncResource } from "node:async_hooks";

/**
 * Runs once when a server starts, before any request: an async scope with no request in it, for
 * lib/db.ts to open database connections in. A socket keeps the async context it was created in for
 * its whole life; a pooled PostgreSQL connection opened inside a render kept that request's store
 * (and through it, thousands of finished requests: the server's live heap grew run after run).
 */
export function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  (globalThis as { dbConnectScope?: AsyncResource }).dbConnectScope ??= new AsyncResource("comptoir.db-connect");
}
