import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import Stripe from "stripe";
import { startStripeEmulator, type StripeEmulator } from "../src/index";

const SHOTS = path.resolve(process.cwd(), "e2e/screenshots");
test.use({ locale: "fr-FR" });
let emu: StripeEmulator;
let stripe: Stripe;
let account: string;

test.beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  emu = await startStripeEmulator({ port: 0, asyncPaymentDelayMs: 500 });
  const u = new URL(emu.url);
  stripe = new Stripe("sk_test_emulator_e2e", { host: u.hostname, port: u.port, protocol: "http" });
  const a = await stripe.accounts.create({ type: "express", email: "atelier@example.fr", business_profile: { name: "Atelier Grès" } });
  await fetch(`${emu.url}/_emulator/accounts/${a.id}/onboarding`, {
    method: "POST",
    headers: { authorization: "Bearer sk_test_emulator_e2e", "content-type": "application/json" },
    body: JSON.stringify({ outcome: "complete" }),
  });
  account = a.id;
});
test.afterAll(async () => emu?.close());

async function newSession(extra: Partial<Stripe.Checkout.SessionCreateParams> = {}) {
  return stripe.checkout.sessions.create(
    {
      mode: "payment",
      line_items: [
        { price_data: { currency: "eur", unit_amount: 2400, product_data: { name: "Bol en grès", description: "Émail bleu, fait main" } }, quantity: 2 },
        { price_data: { currency: "eur", unit_amount: 1500, product_data: { name: "Vase" } }, quantity: 1 },
      ],
      payment_intent_data: { application_fee_amount: 500 },
      customer_email: "client@example.fr",
      success_url: `${emu.url}/?paid={CHECKOUT_SESSION_ID}`,
      cancel_url: `${emu.url}/?cancelled=1`,
      locale: "fr",
      ...extra,
    },
    { stripeAccount: account },
  );
}

async function fillCard(page: Page, number: string) {
  await page.getByLabel("Numéro de carte").fill(number);
  await page.getByLabel("Date d'expiration (MM / AA)").fill("12 / 34");
  await page.getByLabel("CVC").fill("123");
  await page.getByRole("button", { name: /^Payer/ }).click();
}

test("4242 pays and lands on success_url", async ({ page }) => {
  const s = await newSession();
  await page.goto(s.url!);
  await expect(page.getByText("Atelier Grès").first()).toBeVisible();
  await expect(page.getByLabel("E-mail")).toHaveValue("client@example.fr");
  await page.screenshot({ path: `${SHOTS}/emulator-checkout.png`, fullPage: true });
  await fillCard(page, "4242 4242 4242 4242");
  await expect(page).toHaveURL(`${emu.url}/?paid=${s.id}`);
  const done = await stripe.checkout.sessions.retrieve(s.id, {}, { stripeAccount: account });
  expect(done.payment_status).toBe("paid");
});

for (const [card, message] of [
  ["4000 0000 0000 9995", "Votre carte ne dispose pas de fonds suffisants."],
  ["4000 0000 0000 0002", "Votre carte a été refusée."],
] as const) {
  test(`${card} is declined and stays on the page`, async ({ page }) => {
    const s = await newSession();
    await page.goto(s.url!);
    await fillCard(page, card);
    await expect(page.getByRole("alert")).toHaveText(message);
    expect(page.url()).toContain(s.id);
    if (card.endsWith("9995")) await page.screenshot({ path: `${SHOTS}/emulator-checkout-declined.png`, fullPage: true });
  });
}

test("3155 asks for authentication: pass", async ({ page }) => {
  const s = await newSession();
  await page.goto(s.url!);
  await fillCard(page, "4000 0025 0000 3155");
  await expect(page.getByRole("heading", { name: "Authentification 3D Secure de test" })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/emulator-3ds.png`, fullPage: true });
  await page.getByRole("button", { name: "Valider l'authentification" }).click();
  await expect(page).toHaveURL(`${emu.url}/?paid=${s.id}`);
});

test("3155 asks for authentication: fail stays on checkout with an error", async ({ page }) => {
  const s = await newSession();
  await page.goto(s.url!);
  await fillCard(page, "4000 0025 0000 3155");
  await page.getByRole("button", { name: "Échouer l'authentification" }).click();
  await expect(page.getByRole("alert")).toContainText("Nous ne parvenons pas à authentifier");
  const open = await stripe.checkout.sessions.retrieve(s.id, {}, { stripeAccount: account });
  expect(open.status).toBe("open");
});

test("SEPA Debit with the success IBAN, in English", async ({ page }) => {
  const s = await newSession({ locale: "en" });
  await page.goto(s.url!);
  await page.getByLabel("SEPA Direct Debit").check();
  await page.getByLabel("Account holder name").fill("Jeanne Martin");
  await page.getByLabel("IBAN").fill("DE89 3704 0044 0532 0130 00");
  await page.screenshot({ path: `${SHOTS}/emulator-checkout-sepa.png`, fullPage: true });
  await page.getByRole("button", { name: /^Pay/ }).click();
  await expect(page).toHaveURL(`${emu.url}/?paid=${s.id}`);
  let got = await stripe.checkout.sessions.retrieve(s.id, {}, { stripeAccount: account });
  expect(got).toMatchObject({ status: "complete", payment_status: "unpaid" });
  await expect.poll(async () => {
    got = await stripe.checkout.sessions.retrieve(s.id, {}, { stripeAccount: account });
    return got.payment_status;
  }).toBe("paid");
});

test("cancel link and the FR/EN switch", async ({ page }) => {
  const s = await newSession();
  await page.goto(s.url!);
  await page.getByRole("link", { name: "English" }).click();
  await expect(page.getByLabel("Card number")).toBeVisible();
  await page.getByRole("link", { name: /Cancel and return to the store/ }).click();
  await expect(page).toHaveURL(`${emu.url}/?cancelled=1`);
});

test("hosted onboarding: finish", async ({ page }) => {
  const a = await stripe.accounts.create({ type: "express", email: "potiere@example.fr", business_profile: { name: "Poterie du Lac", url: "https://poterie.example" } });
  const link = await stripe.accountLinks.create({ account: a.id, type: "account_onboarding", refresh_url: `${emu.url}/?refresh=1`, return_url: `${emu.url}/?return=1` });
  await page.goto(link.url);
  await expect(page.getByText("Comptoir").first()).toBeVisible();
  await expect(page.getByLabel("E-mail")).toHaveValue("potiere@example.fr");
  await expect(page.getByLabel("Nom de l'entreprise")).toHaveValue("Poterie du Lac");
  await page.screenshot({ path: `${SHOTS}/emulator-onboarding.png`, fullPage: true });
  await page.getByRole("button", { name: "Terminer l'inscription" }).click();
  await expect(page).toHaveURL(`${emu.url}/?return=1`);
  const after = await stripe.accounts.retrieve(a.id);
  expect(after.charges_enabled).toBe(true);
  // Reusing the link sends the browser to refresh_url.
  await page.goto(link.url);
  await expect(page).toHaveURL(`${emu.url}/?refresh=1`);
});
