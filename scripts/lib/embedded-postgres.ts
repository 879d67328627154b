import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { PGliteBatchQueue } from "./pglite-batch-queue";

export interface EmbeddedPostgres {
  /** postgres:// URL that any PostgreSQL client (Prisma's adapter-pg, psql) can use. */
  url: string;
  stop(): Promise<void>;
}

/**
 * PostgreSQL compiled to WebAssembly (PGlite), served over the wire protocol so the app uses the
 * same driver (`pg` through @prisma/adapter-pg) as against a real server. `dataDir` undefined keeps
 * everything in memory (tests); a folder persists it (the dev demo under .data/).
 */
export async function startEmbeddedPostgres(options: {
  dataDir?: string;
  port?: number;
}): Promise<EmbeddedPostgres> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {});
  const server = new PGLiteSocketServer({
    db,
    host: "127.0.0.1",
    port: options.port ?? 0,
    maxConnections: 200,
  });
  // Replace the server's message-by-message queue (see pglite-batch-queue.ts for why).
  (server as unknown as { queryQueue: PGliteBatchQueue }).queryQueue = new PGliteBatchQueue(db);
  await server.start();
  const [, port] = server.getServerConn().split(":");
  return {
    // One backend serves every socket, so a statement one connection prepared exists for all.
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable&prepare=false`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
