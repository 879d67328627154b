import { expect, test, type FrameLocator, type Page } from "@playwright/test";
import Stripe from "stripe";
import type { StripeEmulator } from "../src/index";
import { startWithReadyAccount } from "./helpers";

// The real @stripe/stripe-js (loadStripe) on a bare merchant page, against the emulator's
// Stripe.js stand-in. The page is opened as http://localhost:PORT while the stand-in and its
// iframes live on http://127.0.0.1:PORT, so card fields are cross-origin as on js.stripe.com.
const PK = "pk_test_emulator_e2e";

let emu: StripeEmulator;
let stripe: Stripe;
let account: string;

test.beforeEach(async () => {
  ({ emu, stripe, account } = await startWithReadyAccount({ asyncPaymentDelayMs: 300 }));
});
test.afterEach(async () => emu?.close());

const fixtureUrl = () => emu.url.replace("127.0.0.1", "localhost") + "/v3/fixture";
const status = (page: Page) => page.locator("#status");

/** The merchant's server: creates the PaymentIntent, or confirms it again after a decline. */
async function openPayment(page: Page, locale: "fr" | "en"): Promise<{ frame: FrameLocator; intent: () => Stripe.PaymentIntent | null; warnings: string[] }> {
  let current: Stripe.PaymentIntent | null = null;
  const warnings: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "warning" || m.type() === "error") warnings.push(m.text());
  });
  await page.exposeFunction("merchantConfirm", async (confirmationToken: string) => {
    const opts = { stripeAccount: account };
    try {
      current =
        current?.status === "requires_payment_method"
          ? await stripe.paymentIntents.confirm(current.id, { confirmation_token: confirmationToken }, opts)
          : await stripe.paymentIntents.create(
              { amount: 6300, currency: "eur", application_fee_amount: 630, automatic_payment_methods: { enabled: true }, confirm: true, confirmation_token: confirmationToken },
              opts,
            );
      return { id: current.id, status: current.status, client_secret: current.client_secret };
    } catch (e) {
      if (!(e instanceof Stripe.errors.StripeCardError)) throw e;
      current = (e.payment_intent as Stripe.PaymentIntent | undefined) ?? current;
      return { error: e.message };
    }
  });
  await page.goto(fixtureUrl());
  await page.waitForFunction(() => (window as unknown as { fixtureReady?: boolean }).fixtureReady === true);
  await page.evaluate(
    (o) => (window as unknown as { startPayment(o: unknown): Promise<void> }).startPayment(o),
    { pk: PK, account, amount: 6300, currency: "eur", locale },
  );
  await expect(status(page)).toHaveText("ready");
  const title = locale === "fr" ? "Cadre sécurisé de saisie du paiement" : "Secure payment input frame";
  return { frame: page.frameLocator(`iframe[title="${title}"]`), intent: () => current, warnings };
}

async function fillCard(frame: FrameLocator, number: string, lang: "fr" | "en" = "fr") {
  await frame.getByLabel(lang === "fr" ? "Numéro de carte" : "Card number").fill(number);
  await frame.getByLabel(lang === "fr" ? "Date d'expiration" : "Expiration date").fill("12 / 34");
  await frame.getByLabel(lang === "fr" ? "Code de sécurité" : "Security code").fill("123");
}

test("4242: loadStripe() uses the stand-in; card data stays in the iframe; the payment succeeds", async ({ page }) => {
  const { frame, intent, warnings } = await openPayment(page, "fr");
  await page.getByRole("button", { name: "Pay" }).click();
  await expect(status(page)).toHaveText("invalid: Le numéro de votre carte est incomplet.");
  await expect(frame.getByText("Le numéro de votre carte est incomplet.")).toBeVisible();
  await fillCard(frame, "4242 4242 4242 4242");
  await expect.poll(() => page.evaluate(() => (window as unknown as { lastChange?: { complete: boolean; value: { type: string } } }).lastChange)).toMatchObject({
    elementType: "payment",
    complete: true,
    empty: false,
    value: { type: "card" },
  });
  expect(await page.content()).not.toContain("4242 4242");
  await page.getByRole("button", { name: "Pay" }).click();
  await expect(status(page)).toHaveText("succeeded");
  expect(intent()).toMatchObject({ status: "succeeded", application_fee_amount: 630 });
  expect(warnings.filter((w) => w.includes("Stripe.js"))).toEqual([]);
});

for (const outcome of ["pass", "fail", "cancel"] as const) {
  test(`3155: the 3-D Secure modal, authentication ${outcome === "pass" ? "completed" : outcome === "fail" ? "failed" : "abandoned"}`, async ({ page }) => {
    const { frame, intent } = await openPayment(page, "en");
    await fillCard(frame, "4000 0025 0000 3155", "en");
    await page.getByRole("button", { name: "Pay" }).click();
    const dialog = page.getByRole("dialog", { name: "3D Secure authentication" });
    await expect(dialog).toBeVisible();
    const challenge = page.frameLocator('iframe[title="3D Secure authentication window"]');
    await expect(challenge.getByText("ending in 3155")).toBeVisible();
    if (outcome === "cancel") await dialog.getByRole("button", { name: "Cancel" }).click();
    else await challenge.getByRole("button", { name: outcome === "pass" ? "Complete authentication" : "Fail authentication" }).click();
    await expect(dialog).toBeHidden();
    await expect(status(page)).toHaveText(outcome === "pass" ? "succeeded" : "failed: payment_intent_authentication_failure");
    const pi = await stripe.paymentIntents.retrieve(intent()!.id, {}, { stripeAccount: account });
    expect(pi.status).toBe(outcome === "pass" ? "succeeded" : "requires_payment_method");
  });
}

test("9995 is declined, then another card succeeds on the same PaymentIntent", async ({ page }) => {
  const { frame, intent } = await openPayment(page, "en");
  await fillCard(frame, "4000 0000 0000 9995", "en");
  await page.getByRole("button", { name: "Pay" }).click();
  await expect(status(page)).toHaveText("declined: Your card has insufficient funds.");
  const declined = intent()!;
  expect(declined.status).toBe("requires_payment_method");
  await fillCard(frame, "4242 4242 4242 4242", "en");
  await page.getByRole("button", { name: "Pay" }).click();
  await expect(status(page)).toHaveText("succeeded");
  expect(intent()!.id).toBe(declined.id);
  const charges = await stripe.charges.list({ payment_intent: declined.id }, { stripeAccount: account });
  expect(charges.data.map((c) => c.status)).toEqual(["succeeded", "failed"]);
});

test("SEPA Debit: processing, then succeeded", async ({ page }) => {
  const { frame, intent } = await openPayment(page, "fr");
  await frame.getByLabel("Prélèvement SEPA").check();
  await frame.getByLabel("Nom complet").fill("Jeanne Martin");
  await frame.getByLabel("E-mail").fill("jeanne@example.fr");
  await frame.getByLabel("IBAN").fill("DE89 3704 0044 0532 0130 00");
  await page.getByRole("button", { name: "Pay" }).click();
  await expect(status(page)).toHaveText("processing");
  await expect
    .poll(async () => (await stripe.paymentIntents.retrieve(intent()!.id, {}, { stripeAccount: account })).status)
    .toBe("succeeded");
});

test("clientSecret mode: confirmPayment with redirect if_required, 3-D Secure included", async ({ page }) => {
  const pi = await stripe.paymentIntents.create({ amount: 2500, currency: "usd", application_fee_amount: 100 }, { stripeAccount: account });
  await page.goto(fixtureUrl());
  await page.waitForFunction(() => (window as unknown as { fixtureReady?: boolean }).fixtureReady === true);
  await page.evaluate((o) => (window as unknown as { startIntent(o: unknown): Promise<void> }).startIntent(o), { pk: PK, account, clientSecret: pi.client_secret });
  await expect(status(page)).toHaveText("ready");
  const frame = page.frameLocator('iframe[title="Secure payment input frame"]');
  await expect(frame.getByLabel("SEPA Direct Debit")).toHaveCount(0); // USD: card only
  await fillCard(frame, "4000 0025 0000 3155", "en");
  await page.getByRole("button", { name: "Pay" }).click();
  await page.frameLocator('iframe[title="3D Secure authentication window"]').getByRole("button", { name: "Complete authentication" }).click();
  await expect(status(page)).toHaveText("succeeded");
  expect((await stripe.paymentIntents.retrieve(pi.id, {}, { stripeAccount: account })).status).toBe("succeeded");
});

async function embeddedSession(extra: Partial<Stripe.Checkout.SessionCreateParams>) {
  return stripe.checkout.sessions.create(
    {
      mode: "payment",
      ui_mode: "embedded_page",
      line_items: [{ price_data: { currency: "eur", unit_amount: 2400, product_data: { name: "Bol en grès" } }, quantity: 2 }],
      payment_intent_data: { application_fee_amount: 480 },
      customer_email: "client@example.fr",
      locale: "fr",
      ...extra,
    },
    { stripeAccount: account },
  );
}

async function payEmbedded(page: Page, clientSecret: string) {
  await page.goto(fixtureUrl());
  await page.waitForFunction(() => (window as unknown as { fixtureReady?: boolean }).fixtureReady === true);
  await page.evaluate((o) => (window as unknown as { startEmbedded(o: unknown): Promise<void> }).startEmbedded(o), { pk: PK, account, clientSecret });
  const checkout = page.frameLocator('iframe[title="Paiement sécurisé"]');
  await checkout.getByLabel("Numéro de carte").fill("4242 4242 4242 4242");
  await checkout.getByLabel("Date d'expiration (MM / AA)").fill("12 / 34");
  await checkout.getByLabel("CVC").fill("123");
  await checkout.getByRole("button", { name: /^Payer/ }).click();
}

test("embedded Checkout through createEmbeddedCheckoutPage sends the top page to return_url", async ({ page }) => {
  const s = await embeddedSession({ return_url: `${emu.url}/?done={CHECKOUT_SESSION_ID}` });
  await payEmbedded(page, s.client_secret!);
  await expect(page).toHaveURL(`${emu.url}/?done=${s.id}`);
  const done = await stripe.checkout.sessions.retrieve(s.id, {}, { stripeAccount: account });
  expect(done).toMatchObject({ status: "complete", payment_status: "paid" });
});

test("embedded Checkout with redirect_on_completion=never calls onComplete", async ({ page }) => {
  const s = await embeddedSession({ redirect_on_completion: "never" });
  await payEmbedded(page, s.client_secret!);
  await expect(status(page)).toHaveText("complete");
  expect(page.url()).toBe(fixtureUrl());
  const events = await stripe.events.list({ type: "checkout.session.completed" }, { stripeAccount: account });
  expect(events.data.map((e) => (e.data.object as Stripe.Checkout.Session).id)).toEqual([s.id]);
});
