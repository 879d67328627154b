import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { expect, test, type Page } from "@playwright/test";
import Stripe from "stripe";
import type { StripeEmulator } from "../src/index";
import { startWithReadyAccount } from "./helpers";

// @stripe/react-stripe-js (Elements, PaymentElement, useStripe, useElements,
// EmbeddedCheckoutProvider, EmbeddedCheckout) unchanged against the emulator's stand-in.
const PK = "pk_test_emulator_e2e";
let bundle: string;
let emu: StripeEmulator;
let stripe: Stripe;
let account: string;
let merchant: Server | null = null;

test.beforeAll(async () => {
  const out = await build({
    entryPoints: [fileURLToPath(new URL("./fixtures/react-app.tsx", import.meta.url))],
    bundle: true,
    write: false,
    format: "iife",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  bundle = out.outputFiles[0]!.text;
});

test.beforeEach(async () => {
  ({ emu, stripe, account } = await startWithReadyAccount());
});
test.afterEach(async () => {
  merchant?.closeAllConnections();
  merchant?.close();
  merchant = null;
  await emu?.close();
});

/**
 * The merchant page on its own origin, http://localhost:PORT, served by a small server (a real
 * loopback origin like the app's in development: Chromium's local network access rules block pages
 * without one from loading loopback scripts); the stand-in and its iframes come from 127.0.0.1.
 */
async function open(page: Page, extra: Record<string, string> = {}) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>React merchant</title>
<script src="${emu.url}/v3"></script></head><body><div id="root"></div>
<script>window.fixtureConfig = ${JSON.stringify({ pk: PK, account, ...extra })};</script><script src="/app.js"></script></body></html>`;
  merchant = createServer((req, res) => {
    const js = req.url === "/app.js";
    res.writeHead(200, { "content-type": js ? "application/javascript" : "text/html; charset=utf-8" });
    res.end(js ? bundle : html);
  });
  await new Promise<void>((resolve) => merchant!.listen(0, "127.0.0.1", resolve));
  await page.goto(`http://localhost:${(merchant.address() as AddressInfo).port}/checkout`);
}

test("Elements + PaymentElement + useStripe/useElements: 3155 then succeeded", async ({ page }) => {
  await page.exposeFunction("merchantConfirm", async (token: string) => {
    const pi = await stripe.paymentIntents.create(
      { amount: 6300, currency: "eur", application_fee_amount: 630, confirm: true, confirmation_token: token },
      { stripeAccount: account },
    );
    return { status: pi.status, client_secret: pi.client_secret };
  });
  await open(page);
  await expect(page.locator("#status")).toHaveText("ready");
  const frame = page.frameLocator('iframe[title="Secure payment input frame"]');
  await frame.getByLabel("Card number").fill("4000 0025 0000 3155");
  await frame.getByLabel("Expiration date").fill("12 / 34");
  await frame.getByLabel("Security code").fill("123");
  await expect(page.locator("#complete")).toHaveText("true");
  await page.getByRole("button", { name: "Pay" }).click();
  await page.frameLocator('iframe[title="3D Secure authentication window"]').getByRole("button", { name: "Complete authentication" }).click();
  await expect(page.locator("#status")).toHaveText("succeeded");
});

test("EmbeddedCheckoutProvider + EmbeddedCheckout: paid, then return_url", async ({ page }) => {
  const s = await stripe.checkout.sessions.create(
    {
      mode: "payment",
      ui_mode: "embedded_page",
      line_items: [{ price_data: { currency: "eur", unit_amount: 1500, product_data: { name: "Vase" } }, quantity: 1 }],
      return_url: `${emu.url}/?session_id={CHECKOUT_SESSION_ID}`,
      locale: "en",
    },
    { stripeAccount: account },
  );
  await open(page, { clientSecret: s.client_secret! });
  const checkout = page.frameLocator('iframe[title="Secure checkout"]');
  await checkout.getByLabel("Email").fill("client@example.fr");
  await checkout.getByLabel("Card number").fill("4242 4242 4242 4242");
  await checkout.getByLabel("Expiration date (MM / YY)").fill("12 / 34");
  await checkout.getByLabel("CVC").fill("123");
  await checkout.getByRole("button", { name: /^Pay/ }).click();
  await expect(page).toHaveURL(`${emu.url}/?session_id=${s.id}`);
});
