import { expect, test, type Page } from "@playwright/test";
import { saveScreen } from "./support/screens";
import { emulatorUrl } from "./support/stripe";

const SUBSCRIPTION = "Bougies du mois (abonnement)"; // 15,00 € a month, seeded in Atelier Lumière
const NOTEBOOK = "Carnet relié main"; // 18,00 €, sold once

async function signIn(page: Page, email: string, next: string) {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(next)}`);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill("motdepasse-demo");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/\//g, "\\/")}$`));
}

async function addToCart(page: Page, product: string, query: string) {
  await page.goto(`/search?q=${encodeURIComponent(query)}`);
  await page.getByRole("link", { name: new RegExp(product.replace(/[()]/g, "\\$&")) }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: product })).toBeVisible();
  await page.getByRole("button", { name: "Ajouter au panier" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ajouté au panier" })).toBeVisible();
}

test("a buyer subscribes through a mixed cart, sees and cancels the subscription; the seller sees the subscriber", async ({ page, browser }) => {
  // Two people, a Stripe page and the worker's webhooks: longer than one page's journey.
  test.setTimeout(150_000);
  await signIn(page, "bob@comptoir.test", "/account");
  await addToCart(page, SUBSCRIPTION, "bougies du mois");
  await addToCart(page, NOTEBOOK, "carnet");
  await page.goto("/cart");
  await page.getByRole("button", { name: /^Payer Atelier Lumière/ }).click();
  await expect(page).toHaveURL(new RegExp(`^${emulatorUrl}/`));
  // Stripe's page shows both kinds of line: the subscription says how often it is billed.
  await expect(page.getByText("Abonnement : tous les 1 mois")).toBeVisible();
  await expect(page.getByText(NOTEBOOK)).toBeVisible();
  await saveScreen(page, "subscriptions-1-checkout");
  await page.getByLabel("E-mail").fill("bob@comptoir.test");
  await page.getByLabel("Numéro de carte").fill("4242 4242 4242 4242");
  await page.getByLabel("Date d'expiration (MM / AA)").fill("12 / 34");
  await page.getByLabel("CVC").fill("123");
  await page.getByRole("button", { name: /^(Payer|S'abonner)/ }).click();
  await expect(page).toHaveURL(/\/checkout\/success\?session_id=cs_/);

  // The subscription appears once the worker applied the webhooks.
  const subscription = page.getByTestId("subscription").filter({ hasText: "Atelier Lumière" });
  await expect(async () => {
    await page.goto("/account/subscriptions");
    await expect(subscription.first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  const mine = subscription.first();
  await expect(mine.getByText("Actif")).toBeVisible();
  await expect(mine.getByText(/15,00\s€ chaque mois/)).toBeVisible();
  await expect(mine.getByText(/33,00\s€/)).toBeVisible(); // the first payment: subscription + notebook
  await saveScreen(page, "subscriptions-2-mine");

  await mine.getByRole("button", { name: "Résilier à la fin de la période" }).click();
  await expect(mine.getByText(/L'abonnement prendra fin le/)).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("subscription").first().getByRole("button", { name: "Ne plus résilier" })).toBeVisible();
  await expect(page.getByTestId("subscription").first().getByText(/Prend fin le/)).toBeVisible();

  const seller = await browser.newPage({ locale: "fr-FR" });
  await signIn(seller, "claire@comptoir.test", "/seller/subscriptions");
  const row = seller.getByTestId("subscriber").filter({ hasText: "Bob Smith" }).first();
  await expect(row).toBeVisible();
  await expect(row.getByText(/Prend fin le/)).toBeVisible();
  await saveScreen(seller, "subscriptions-3-seller");
  await seller.close();
});
