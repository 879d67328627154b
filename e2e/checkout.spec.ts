import { expect, test, type Page } from "@playwright/test";
import { saveScreen } from "./support/screens";
import { emulatorUrl } from "./support/stripe";

// Seeded products of "Atelier Lumière" (able to sell) with unlimited stock, so parallel tests never
// compete for units.
const NOTEBOOK = "Carnet relié main"; // 18,00 €
const CANDLE = "Bougie parfumée Figue & Cèdre"; // 22,00 €

async function addToCart(page: Page, product: string, query: string) {
  await page.goto(`/search?q=${encodeURIComponent(query)}`);
  await page.getByRole("link", { name: new RegExp(product) }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: product })).toBeVisible();
  await page.getByRole("button", { name: "Ajouter au panier" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ajouté au panier" })).toBeVisible();
}

async function payShop(page: Page) {
  await page.goto("/cart");
  await page.getByRole("button", { name: /^Payer Atelier Lumière/ }).click();
  await expect(page).toHaveURL(new RegExp(`^${emulatorUrl}/`));
  await expect(page.getByText("Atelier Lumière").first()).toBeVisible();
}

async function payByCard(page: Page, card: string) {
  await page.getByLabel("E-mail").fill("invite@example.com");
  await page.getByLabel("Numéro de carte").fill(card);
  await page.getByLabel("Date d'expiration (MM / AA)").fill("12 / 34");
  await page.getByLabel("CVC").fill("123");
  await page.getByRole("button", { name: /^Payer/ }).click();
}

const orderStatus = (page: Page) => page.getByTestId("order-status");

test("a guest pays with 4242 and sees the order paid; the seller refunds part of it", async ({ page, browser }) => {
  await page.goto("/");
  await saveScreen(page, "checkout-1-home");
  await addToCart(page, NOTEBOOK, "carnet");
  await saveScreen(page, "checkout-2-product");
  await payShop(page);
  await saveScreen(page, "checkout-3-stripe");
  await payByCard(page, "4242 4242 4242 4242");

  await expect(page).toHaveURL(/\/checkout\/success\?session_id=cs_/);
  await expect(orderStatus(page)).toHaveText("Payée");
  await expect(page.getByTestId("order-total")).toHaveText(/18,00\s€/);
  const number = (await page.getByText(/^Commande n° /).textContent())!.replace("Commande n° ", "").trim();
  await saveScreen(page, "checkout-4-paid");
  // The paid item left the cart.
  await page.goto("/cart");
  await expect(page.getByText("Votre panier est vide.")).toBeVisible();

  // The seller sees the order with its fee (5 % + 0,30 € of 18,00 € = 1,20 €) and refunds 5,00 €.
  const seller = await browser.newPage({ locale: "fr-FR" });
  await seller.goto("/signin?callbackUrl=%2Fseller%2Forders");
  await seller.getByLabel("Adresse e-mail").fill("claire@comptoir.test");
  await seller.getByLabel("Mot de passe").fill("motdepasse-demo");
  await seller.getByRole("button", { name: "Se connecter" }).click();
  await seller.getByRole("link", { name: number }).click();
  await expect(seller.getByTestId("seller-order-gross")).toHaveText(/18,00\s€/);
  await expect(seller.getByTestId("seller-order-fee")).toHaveText(/−1,20\s€/);
  await expect(seller.getByTestId("seller-order-net")).toHaveText(/16,80\s€/);
  // The field starts empty: nothing is refunded by accident.
  await expect(seller.getByLabel("Montant à rembourser")).toHaveValue("");
  await seller.getByLabel("Montant à rembourser").fill("5,00");
  await seller.getByRole("button", { name: "Rembourser" }).click();
  await expect(seller.getByText("Remboursement effectué.")).toBeVisible();
  await seller.reload();
  await expect(seller.getByTestId("seller-order-status")).toHaveText("Partiellement remboursée");
  await expect(seller.getByTestId("seller-order-refunded")).toHaveText(/−5,00\s€/);
  await saveScreen(seller, "checkout-5-seller-refund");
  await seller.close();
});

test("the 9995 card is declined, the order stays unpaid, and cancel returns to the cart", async ({ page }) => {
  await addToCart(page, CANDLE, "figue");
  await payShop(page);
  await payByCard(page, "4000 0000 0000 9995");
  await expect(page.getByRole("alert")).toHaveText("Votre carte ne dispose pas de fonds suffisants.");
  await expect(page).toHaveURL(new RegExp(`^${emulatorUrl}/`));
  await saveScreen(page, "checkout-6-declined");

  await page.getByRole("link", { name: /Annuler et revenir à la boutique/ }).click();
  await expect(page).toHaveURL(/\/cart\?canceled=1/);
  await expect(page.getByText("Paiement annulé : rien n'a été débité et les articles sont de nouveau disponibles. Ils restent dans votre panier.")).toBeVisible();
  await expect(page.getByText(CANDLE).first()).toBeVisible();
  await saveScreen(page, "checkout-7-canceled");
});

test("a SEPA Direct Debit shows processing, then paid", async ({ page }) => {
  await addToCart(page, NOTEBOOK, "carnet relie");
  await payShop(page);
  await page.getByLabel("E-mail").fill("sepa@example.com");
  await page.getByLabel("Prélèvement SEPA").check();
  await page.getByLabel("Nom du titulaire du compte").fill("Jeanne Martin");
  await page.getByLabel("IBAN").fill("DE89 3704 0044 0532 0130 00");
  await page.getByRole("button", { name: /^Payer/ }).click();

  await expect(page).toHaveURL(/\/checkout\/success\?session_id=cs_/);
  await expect(orderStatus(page)).toHaveText("En cours de traitement");
  await saveScreen(page, "checkout-8-processing");
  // The page refreshes itself; the emulator settles the debit and sends async_payment_succeeded.
  await expect(orderStatus(page)).toHaveText("Payée", { timeout: 30_000 });
  await saveScreen(page, "checkout-9-sepa-paid");
});
