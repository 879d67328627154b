import { existsSync } from "node:fs";
import { chromium } from "playwright";

/** Debian's Chromium, or Playwright's own when it was installed; null when there is none. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright's browsers are not installed.
  }
  return null;
}

export const CHROMIUM_MISSING = `No Chromium found for the browser tests.
Install Debian's:   sudo apt-get update && sudo apt-get install -y chromium
or Playwright's:    npx playwright install chromium
or point CHROMIUM_PATH at a Chromium/Chrome binary.`;
