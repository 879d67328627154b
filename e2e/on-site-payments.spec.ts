import { expect, test, type Page } from "@playwright/test";
import { saveScreen } from "./support/screens";
import { chargesOf, shopWithExperience } from "./support/shop-fixture";

// Each journey pays a shop of its own (e2e/support/shop-fixture.ts), so that switching its payment
// experience never touches the seeded shop other journeys pay with hosted Checkout.

async function toPaymentPage(page: Page, productId: string, shopName: string) {
  await page.goto(`/products/${productId}`);
  await page.getByRole("button", { name: "Ajouter au panier" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ajouté au panier" })).toBeVisible();
  await page.goto("/cart");
  await page.getByRole("button", { name: new RegExp(`^Payer ${shopName}`) }).click();
  await expect(page).toHaveURL(/\/checkout\/pay\/[a-z0-9]+$/);
}

const paymentFrame = (page: Page) => page.frameLocator('iframe[title="Cadre sécurisé de saisie du paiement"]');

async function fillCard(page: Page, number: string) {
  const frame = paymentFrame(page);
  await frame.getByLabel("Numéro de carte").fill(number);
  await frame.getByLabel("Date d'expiration").fill("12 / 34");
  await frame.getByLabel("Code de sécurité").fill("123");
}

const payButton = (page: Page) => page.getByRole("button", { name: /^Payer 18,00/ });

test("the operator switches a shop's payment experience in /admin", async ({ browser, request }) => {
  const { shopName } = await shopWithExperience(request, null, "Bol e2e admin");
  const admin = await browser.newPage({ locale: "fr-FR" });
  await admin.goto(`/signin?callbackUrl=${encodeURIComponent("/admin/payments")}`);
  await admin.getByLabel("Adresse e-mail").fill("admin@comptoir.test");
  await admin.getByLabel("Mot de passe").fill("motdepasse-demo");
  await admin.getByRole("button", { name: "Se connecter" }).click();
  await expect(admin.getByRole("heading", { name: "Expérience de paiement" })).toBeVisible();
  await expect(admin.getByRole("radio", { name: /Page Stripe/ })).toBeChecked();
  const select = admin.getByLabel(`Expérience — ${shopName}`);
  await select.selectOption("payment_element");
  await select.locator("xpath=ancestor::form").getByRole("button", { name: "Enregistrer" }).click();
  await expect(admin.getByText("Expérience de paiement enregistrée.")).toBeVisible();
  await expect(admin.getByLabel(`Expérience — ${shopName}`)).toHaveValue("payment_element");
  await saveScreen(admin, "admin-payment-experience");
});

test.describe("Payment Element, confirmed on the server", () => {
  test("4242 pays, with no error in the console (CSP included)", async ({ page, request }) => {
    const errors: string[] = [];
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    const { productId, shopName } = await shopWithExperience(request, "payment_element", "Bol e2e 4242");
    await toPaymentPage(page, productId, shopName);
    await expect(page.getByRole("heading", { name: "Paiement" })).toBeVisible();
    await fillCard(page, "4242 4242 4242 4242");
    await saveScreen(page, "payment-element-filled");
    await payButton(page).click();
    await expect(page.getByText("Paiement reçu, merci !")).toBeVisible();
    await expect(page.getByTestId("order-status")).toHaveText("Payée");
    expect(errors.filter((text) => /Content Security Policy|Refused to/.test(text))).toEqual([]);
  });

  test("9995 is declined with Stripe's message, then 4242 pays the same order with exactly one charge", async ({ page, request }) => {
    const { productId, shopName, accountId } = await shopWithExperience(request, "payment_element", "Bol e2e 9995");
    await toPaymentPage(page, productId, shopName);
    const url = page.url();
    await fillCard(page, "4000 0000 0000 9995");
    await payButton(page).click();
    await expect(page.getByRole("alert").filter({ hasText: /refusé/ })).toContainText(/fonds insuffisants|insufficient funds/);
    await fillCard(page, "4242 4242 4242 4242");
    await payButton(page).click();
    await expect(page.getByText("Paiement reçu, merci !")).toBeVisible();
    expect(page.url()).toBe(url);
    const charges = await chargesOf(request, accountId);
    expect(charges.filter((charge) => charge.status === "succeeded")).toHaveLength(1);
    expect(new Set(charges.map((charge) => charge.payment_intent)).size).toBe(1);
  });

  for (const outcome of ["pass", "fail"] as const) {
    test(`3155: authentication ${outcome === "pass" ? "completed pays" : "failed leaves the order payable"}`, async ({ page, request }) => {
      const { productId, shopName } = await shopWithExperience(request, "payment_element", `Bol e2e 3155 ${outcome}`);
      await toPaymentPage(page, productId, shopName);
      await fillCard(page, "4000 0025 0000 3155");
      await payButton(page).click();
      const challenge = page.frameLocator('[role="dialog"] iframe');
      await challenge.getByRole("button", { name: outcome === "pass" ? "Valider l'authentification" : "Échouer l'authentification" }).click();
      if (outcome === "pass") {
        await expect(page.getByText("Paiement reçu, merci !")).toBeVisible();
      } else {
        await expect(page.getByRole("alert").filter({ hasText: "L'authentification n'a pas abouti" })).toBeVisible();
        await fillCard(page, "4242 4242 4242 4242");
        await payButton(page).click();
        await expect(page.getByText("Paiement reçu, merci !")).toBeVisible();
      }
    });
  }

  test("SEPA Debit shows processing, then paid", async ({ page, request }) => {
    const { productId, shopName } = await shopWithExperience(request, "payment_element", "Bol e2e SEPA");
    await toPaymentPage(page, productId, shopName);
    const frame = paymentFrame(page);
    await frame.getByLabel("Prélèvement SEPA").check();
    await frame.getByLabel("Nom complet").fill("Jeanne Martin");
    await frame.getByLabel("E-mail").fill("jeanne@example.fr");
    await frame.getByLabel("IBAN").fill("DE89 3704 0044 0532 0130 00");
    await payButton(page).click();
    await expect(page.getByTestId("order-status")).toHaveText("En cours de traitement");
    await expect(page.getByTestId("order-status")).toHaveText("Payée", { timeout: 20_000 });
  });
});

test.describe("embedded Checkout", () => {
  const embeddedFrame = (page: Page) => page.frameLocator('iframe[title="Paiement sécurisé"]');

  async function fillEmbeddedCard(page: Page, number: string) {
    const checkout = embeddedFrame(page);
    await checkout.getByLabel("E-mail").fill("invite@example.com");
    await checkout.getByLabel("Numéro de carte").fill(number);
    await checkout.getByLabel("Date d'expiration (MM / AA)").fill("12 / 34");
    await checkout.getByLabel("CVC").fill("123");
    await checkout.getByRole("button", { name: /^Payer/ }).click();
  }

  test("4242 pays on our page and comes back to the order", async ({ page, request }) => {
    const { productId, shopName } = await shopWithExperience(request, "embedded", "Bol e2e embarqué");
    await toPaymentPage(page, productId, shopName);
    await saveScreen(page, "embedded-checkout");
    await fillEmbeddedCard(page, "4242 4242 4242 4242");
    await expect(page).toHaveURL(/\/checkout\/success\?session_id=cs_/);
    await expect(page.getByTestId("order-status")).toHaveText("Payée");
  });

  test("9995 is declined in the form, then 4242 pays the same session with exactly one charge", async ({ page, request }) => {
    const { productId, shopName, accountId } = await shopWithExperience(request, "embedded", "Bol e2e embarqué 9995");
    await toPaymentPage(page, productId, shopName);
    await fillEmbeddedCard(page, "4000 0000 0000 9995");
    await expect(embeddedFrame(page).getByRole("alert")).toHaveText("Votre carte ne dispose pas de fonds suffisants.");
    await fillEmbeddedCard(page, "4242 4242 4242 4242");
    await expect(page).toHaveURL(/\/checkout\/success\?session_id=cs_/);
    await expect(page.getByTestId("order-status")).toHaveText("Payée");
    expect((await chargesOf(request, accountId)).filter((charge) => charge.status === "succeeded")).toHaveLength(1);
  });

  test("SEPA shows processing, then paid", async ({ page, request }) => {
    const { productId, shopName } = await shopWithExperience(request, "embedded", "Bol e2e embarqué SEPA");
    await toPaymentPage(page, productId, shopName);
    const checkout = embeddedFrame(page);
    await checkout.getByLabel("E-mail").fill("sepa@example.com");
    await checkout.getByLabel("Prélèvement SEPA").check();
    await checkout.getByLabel("Nom du titulaire du compte").fill("Jeanne Martin");
    await checkout.getByLabel("IBAN").fill("DE89 3704 0044 0532 0130 00");
    await checkout.getByRole("button", { name: /^Payer/ }).click();
    await expect(page).toHaveURL(/\/checkout\/success\?session_id=cs_/);
    await expect(page.getByTestId("order-status")).toHaveText(/En cours de traitement|Payée/);
    await expect(page.getByTestId("order-status")).toHaveText("Payée", { timeout: 30_000 });
  });

  for (const outcome of ["pass", "fail"] as const) {
    test(`3155: authentication ${outcome === "pass" ? "completed pays" : "failed leaves the order payable, then 4242 pays with exactly one charge"}`, async ({ page, request }) => {
      const { productId, shopName, accountId } = await shopWithExperience(request, "embedded", `Bol e2e embarqué 3155 ${outcome}`);
      await toPaymentPage(page, productId, shopName);
      const url = page.url();
      await fillEmbeddedCard(page, "4000 0025 0000 3155");
      await embeddedFrame(page).getByRole("button", { name: outcome === "pass" ? "Valider l'authentification" : "Échouer l'authentification" }).click();
      if (outcome === "fail") {
        await expect(embeddedFrame(page).getByRole("alert")).toContainText("Nous ne parvenons pas à authentifier");
        expect(page.url()).toBe(url);
        await fillEmbeddedCard(page, "4242 4242 4242 4242");
      }
      await expect(page).toHaveURL(/\/checkout\/success\?session_id=cs_/);
      await expect(page.getByTestId("order-status")).toHaveText("Payée");
      if (outcome === "fail") {
        expect((await chargesOf(request, accountId)).filter((charge) => charge.status === "succeeded")).toHaveLength(1);
      }
    });
  }
});
