import { defineConfig, devices } from "@playwright/test";

// Started by `npm test` / `npm run test:e2e` (scripts/test.ts), which prepares the database, the
// Stripe emulator and a production build, and passes their addresses in the environment.
const baseURL = process.env.E2E_BASE_URL ?? "http://localhost:3000";
const port = new URL(baseURL).port || "3000";

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"],
  },
};

// The emulator's own browser tests need no app build: `npx playwright test --project=stripe-emulator`
// starts no Next.js server.
const emulatorOnly = process.argv.includes("--project=stripe-emulator");

export default defineConfig({
  outputDir: "test-results/playwright",
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // Long journeys (several people, webhooks through the worker) on a 2-core CI machine.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    locale: "fr-FR",
  },
  projects: [
    { name: "marketplace", testDir: "./e2e", use: chromium },
    // The emulator's hosted pages on their own (each test starts its own emulator).
    { name: "stripe-emulator", testDir: "./stripe-emulator/test", testMatch: "*.spec.ts", use: chromium },
  ],
  webServer: emulatorOnly ? undefined : {
    command: `node_modules/.bin/next start --port ${port}`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
