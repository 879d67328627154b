import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { splitSchema } from "./lib/database-url.mjs";

// Prisma's CLI (generate, migrate deploy) runs through the same driver adapter as the app, with the
// JavaScript engines, so nothing is downloaded. See ../shared/notes/offline-toolchain.md.
//
// Work-around for Prisma issue 27403: catalog queries return columns of type `name` (oid 19) that
// adapter-pg cannot map, and `migrate deploy` fails with "Column type 'name' could not be
// deserialized". Reporting them as text (oid 25) here, for the CLI only, fixes it.
const NAME_OID = 19;
const TEXT_OID = 25;
function reportNameColumnsAsText(target: { query: (...args: unknown[]) => unknown }) {
  const original = target.query;
  target.query = function patchedQuery(this: unknown, ...args: unknown[]) {
    const result = original.apply(this, args);
    if (!(result instanceof Promise)) return result; // callback style: not used by the adapter
    return result.then((res: pg.QueryResult | undefined) => {
      for (const field of res?.fields ?? []) {
        if (field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
      }
      return res;
    });
  };
}
reportNameColumnsAsText(pg.Pool.prototype as never);
reportNameColumnsAsText(pg.Client.prototype as never);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { seed: "tsx prisma/seed.ts" },
  adapter: async () => {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) {
      throw new Error("DATABASE_URL is not set: prisma CLI commands need a database (npm run dev starts one).");
    }
    const { url, schema } = splitSchema(connectionString);
    return new PrismaPg({ connectionString: url }, schema ? { schema } : undefined);
  },
});
