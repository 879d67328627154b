import { defineConfig } from "@playwright/test";

// Hosted pages of the emulator in Debian's Chromium (no browser download).
// Run: npx playwright test --config stripe-emulator/playwright.config.ts
export default defineConfig({
  testDir: "./test",
  testMatch: "*.spec.ts",
  timeout: 30_000,
  workers: 1,
  reporter: "list",
  outputDir: "../test-results/stripe-emulator",
  use: {
    browserName: "chromium",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
});
