import { expect, test } from "@playwright/test";
import { emulatorUrl } from "./support/stripe";

// Emulator mode: the root layout includes the emulator's Stripe.js stand-in before hydration, so
// loadStripe() (issue 10's checkout pages) finds window.Stripe and never asks js.stripe.com.
test("every page has the emulator's Stripe.js, loaded before the app's scripts", async ({ page }) => {
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  await page.goto("/");
  const stripe = await page.evaluate(() => {
    const S = (window as unknown as { Stripe?: { version: string; __emulator?: boolean } }).Stripe;
    return S ? { version: S.version, emulator: S.__emulator === true } : null;
  });
  expect(stripe).toEqual({ version: "endive", emulator: true });
  expect(requested).toContain(`${emulatorUrl}/v3`);
  expect(requested.filter((url) => url.includes("js.stripe.com"))).toEqual([]);
});
