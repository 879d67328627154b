import { readdirSync } from "node:fs";
import path from "node:path";

/** The TypeScript files under `dir`, at any depth, leaving out directories named in `skip`: for tests that read the code. */
export function sourceFiles(dir: string, skip: readonly string[] = []): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return skip.includes(entry.name) ? [] : sourceFiles(full, skip);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}
