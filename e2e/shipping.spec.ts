import { expect, test, type Page } from "@playwright/test";
import { saveScreen } from "./support/screens";
import { latestOrderOf, shippingShop } from "./support/shop-fixture";
import { emulatorUrl } from "./support/stripe";

// A shop of its own that ships to France and Belgium for 4,90 € (e2e/support/shop-fixture.ts):
// the seeded shops keep no shipping settings, so the other journeys see the totals they expect.

async function signIn(page: Page, email: string, next: string) {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(next)}`);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill("motdepasse-demo");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[/?]/g, "\\$&")}$`));
}

test("a buyer gives a delivery address and pays shipping; the seller ships with tracking; the buyer sees it", async ({ page, browser, request }) => {
  // Two people and a Stripe page: longer than one page's journey.
  test.setTimeout(150_000);
  const { shopId, shopName, productId, sellerEmail, buyerEmail } = await shippingShop(request, "Vase e2e livraison", { shipsTo: ["FR", "BE"], flatAmount: 490 });

  await signIn(page, buyerEmail, "/account");
  await page.goto(`/products/${productId}`);
  await page.getByRole("button", { name: "Ajouter au panier" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ajouté au panier" })).toBeVisible();
  await page.goto("/cart");
  await page.getByRole("button", { name: new RegExp(`^Payer ${shopName}`) }).click();

  // The emulator's hosted Checkout page: the address, the rate the shop offers, the card.
  await expect(page).toHaveURL(new RegExp(`^${emulatorUrl}/`));
  await page.getByLabel("Nom complet").fill("Jeanne Martin");
  await page.getByLabel("Adresse", { exact: true }).fill("12 rue des Tilleuls");
  await page.getByLabel("Code postal").fill("69003");
  await page.getByLabel("Ville").fill("Lyon");
  await page.getByLabel("Pays").selectOption("FR");
  await page.getByLabel(/Livraison standard — 4,90/).check();
  await saveScreen(page, "shipping-1-checkout-address");
  await page.getByLabel("Numéro de carte").fill("4242 4242 4242 4242");
  await page.getByLabel("Date d'expiration (MM / AA)").fill("12 / 34");
  await page.getByLabel("CVC").fill("123");
  await page.getByRole("button", { name: /^Payer/ }).click();

  await expect(page).toHaveURL(/\/checkout\/success\?session_id=cs_/);
  await expect(page.getByTestId("order-status")).toHaveText("Payée");
  // 18,00 € of goods and 4,90 € of delivery.
  await expect(page.getByTestId("order-shipping")).toHaveText(/4,90\s€/);
  await expect(page.getByTestId("order-total")).toHaveText(/22,90\s€/);
  const orderId = await latestOrderOf(shopId);

  // The seller finds it under "To ship" and marks it shipped with the carrier and tracking number.
  const seller = await browser.newPage({ locale: "fr-FR" });
  await signIn(seller, sellerEmail, "/seller/orders?filter=to_ship");
  await seller.getByRole("link", { name: orderId.slice(-8).toUpperCase() }).click();
  await expect(seller.getByTestId("delivery-address")).toContainText("12 rue des Tilleuls");
  await expect(seller.getByTestId("delivery-address")).toContainText("Lyon");
  await seller.getByLabel("Transporteur").fill("La Poste");
  await seller.getByLabel("Numéro de suivi").fill("6A12345678901");
  await seller.getByRole("button", { name: "Marquer comme expédiée" }).click();
  await expect(seller.getByText("Commande mise à jour, l'acheteur a été prévenu par e-mail.")).toBeVisible();
  await saveScreen(seller, "shipping-2-seller-shipped");
  await seller.close();

  // The buyer's order page says it left, with the tracking number.
  await page.goto(`/orders/${orderId}`);
  await expect(page.getByTestId("fulfilment-status")).toContainText("Expédiée");
  await expect(page.getByTestId("tracking-number")).toHaveText("6A12345678901");
  await expect(page.getByTestId("delivery-address")).toContainText("12 rue des Tilleuls");
  await saveScreen(page, "shipping-3-buyer-sees-shipped");
});

test("Payment Element: the delivery address on our own form (checked on the server), then goods + shipping are paid", async ({ page, request }) => {
  const { productId, shopName } = await shippingShop(request, "Coupe e2e livraison", { shipsTo: ["FR", "BE"], flatAmount: 490 }, "payment_element");
  await page.goto(`/products/${productId}`);
  await page.getByRole("button", { name: "Ajouter au panier" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ajouté au panier" })).toBeVisible();
  await page.goto("/cart");
  await page.getByRole("button", { name: new RegExp(`^Payer ${shopName}`) }).click();
  await expect(page).toHaveURL(/\/checkout\/pay\/[a-z0-9]+$/);

  // The address comes first; a missing city is refused with the field's message, focused.
  await expect(page.getByRole("heading", { name: "Adresse de livraison" })).toBeVisible();
  await page.getByLabel("Nom et prénom").fill("Jeanne Martin");
  await page.getByLabel("Adresse", { exact: true }).fill("12 rue des Tilleuls");
  await page.getByLabel("Code postal").fill("1000");
  await page.getByLabel("Pays").selectOption("BE");
  await page.getByRole("button", { name: "Continuer vers le paiement" }).click();
  await expect(page.getByText("Indiquez la ville.")).toBeVisible();
  await expect(page.getByLabel("Ville")).toBeFocused();
  await page.getByLabel("Ville").fill("Bruxelles");
  await page.getByRole("button", { name: "Continuer vers le paiement" }).click();

  // Then the Payment Element, for 18,00 € + 4,90 €.
  await expect(page.getByTestId("pay-delivery-address")).toContainText("Bruxelles");
  const frame = page.frameLocator('iframe[title="Cadre sécurisé de saisie du paiement"]');
  await frame.getByLabel("Numéro de carte").fill("4242 4242 4242 4242");
  await frame.getByLabel("Date d'expiration").fill("12 / 34");
  await frame.getByLabel("Code de sécurité").fill("123");
  await saveScreen(page, "shipping-4-payment-element-address");
  await page.getByRole("button", { name: /^Payer 22,90/ }).click();
  await expect(page.getByText("Paiement reçu, merci !")).toBeVisible();
  await expect(page.getByTestId("order-total")).toHaveText(/22,90\s€/);
});
