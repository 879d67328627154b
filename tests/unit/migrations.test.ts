import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const dir = path.resolve(import.meta.dirname, "../../prisma/migrations");

// `npm run dev` applies migrations through the embedded PGlite server, where a semicolon inside a
// comment ended the statement early ("syntax error at or near …") and stopped `npm run dev`.
describe("migrations", () => {
  for (const name of readdirSync(dir).filter((entry) => !entry.endsWith(".toml"))) {
    it(`${name} has no semicolon inside a comment`, () => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      const offending = sql.split("\n").filter((line) => /--[^\n]*;/.test(line));
      expect(offending).toEqual([]);
    });
  }
});
