import type { Page } from "@playwright/test";

/** Saves a full-page screenshot under e2e/screenshots/ (kept by the run for people to look at). */
export async function saveScreen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@example.com`;
}
