import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

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
    // PGlite runs one query at a time; the socket server queues them and keeps a transaction's
    // statements together, so many pooled connections are safe.
    maxConnections: 200,
  });
  await server.start();
  const [, port] = server.getServerConn().split(":");
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
