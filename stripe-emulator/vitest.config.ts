import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Unit/integration tests of the emulator only; the Playwright file (*.spec.ts) is run by Playwright.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/**/*.spec.ts", "node_modules/**"],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
