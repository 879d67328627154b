import { expect, test, type Page } from "@playwright/test";
import { saveScreen } from "./support/screens";

// Seeded data (prisma/seed-data.ts): "Atelier Lumière" can take payments; "Brûlerie du Port" has no
// Stripe account. Other journeys run at the same time on the same database, so nothing here
// depends on global counts.

const cartLink = (page: Page) => page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: /^Panier/ });

test("the home page shows the shops and the products, and leads to their pages", async ({ page }) => {
  await page.goto("/");
  const shops = page.getByRole("region", { name: "Les boutiques" });
  await expect(shops.getByRole("link", { name: "Atelier Lumière", exact: true })).toBeVisible();
  await expect(shops.getByRole("link", { name: "Brûlerie du Port", exact: true })).toBeVisible();

  const products = page.getByRole("region", { name: "Nouveautés" }).getByRole("link");
  expect(await products.count()).toBeGreaterThan(0);
  // Products that can be bought come first: the first card is not marked unavailable.
  await expect(products.first()).not.toContainText("Indisponible");
  await saveScreen(page, "storefront-home");

  await shops.getByRole("link", { name: "Atelier Lumière", exact: true }).click();
  await expect(page).toHaveURL(/\/shops\/atelier-lumiere$/);
  await expect(page.getByRole("heading", { level: 1, name: "Atelier Lumière" })).toBeVisible();
  await page.getByRole("link", { name: "Théière en céramique" }).click();
  await expect(page).toHaveURL(/\/products\/\w+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Théière en céramique" })).toBeVisible();
  await expect(page).toHaveTitle(/Théière en céramique — Atelier Lumière/);
});

test("search ignores accents and case", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Rechercher des produits" }).fill("CAFE ethiopie");
  await page.getByRole("button", { name: "Rechercher", exact: true }).click();
  await expect(page).toHaveURL(/\/search\?q=CAFE\+ethiopie/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Résultats pour « CAFE ethiopie »");
  // The results page is cached HTML: the header's box learns the query in the browser.
  await expect(page.getByRole("searchbox", { name: "Rechercher des produits" })).toHaveValue("CAFE ethiopie");
  const result = page.getByRole("link", { name: "Café en grains Éthiopie Sidamo 250 g" });
  await expect(result).toBeVisible();
  // Its shop cannot take payments yet: the card says so.
  await expect(result).toContainText("Indisponible");
  await saveScreen(page, "storefront-search");

  await page.goto("/search?q=ceramique");
  await expect(page.getByRole("link", { name: "Théière en céramique" })).toBeVisible();

  const missing = await page.goto("/search?q=introuvable-zzz");
  expect(missing?.status()).toBe(200);
  await expect(page.getByText("Aucun produit ne correspond à « introuvable-zzz ».")).toBeVisible();
});

test("products of a shop that cannot take payments are marked unavailable and cannot be added", async ({ page }) => {
  await page.goto("/shops/brulerie-du-port");
  await expect(page.getByRole("heading", { level: 1, name: "Brûlerie du Port" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Cette boutique ne peut pas encore encaisser de paiements." })).toBeVisible();
  await page.getByRole("link", { name: "Moulin à café manuel" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Moulin à café manuel" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Ajouter au panier" })).toBeDisabled();
  await expect(page.getByText(/ce produit ne peut pas être commandé pour le moment/)).toBeVisible();
  await saveScreen(page, "storefront-product-unavailable");

  const unknown = await page.goto("/shops/no-such-shop");
  expect(unknown?.status()).toBe(404);
  const unknownProduct = await page.goto("/products/no-such-product");
  expect(unknownProduct?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
  // A path no page matches gets the same localised 404 (proxy.ts rewrites every path under /{locale}).
  const unknownPath = await page.goto("/no/such/page");
  expect(unknownPath?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
});

test("a guest fills a cart, changes it, and finds it merged after signing in", async ({ page }) => {
  await page.goto("/shops/atelier-lumiere");
  await page.getByRole("link", { name: "Carnet relié main" }).click();
  await page.getByRole("spinbutton", { name: "Quantité" }).fill("2");
  await page.getByRole("button", { name: "Ajouter au panier" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ajouté au panier" })).toHaveText(/Ajouté au panier : 2 × Carnet relié main\./);
  await expect(cartLink(page)).toHaveAccessibleName("Panier, 2 articles");
  await saveScreen(page, "storefront-added-to-cart");

  await page.goto("/shops/atelier-lumiere");
  await page.getByRole("link", { name: "Bougie parfumée Figue & Cèdre" }).click();
  await page.getByRole("button", { name: "Ajouter au panier" }).click();
  await expect(cartLink(page)).toHaveAccessibleName("Panier, 3 articles");

  await cartLink(page).click();
  await expect(page).toHaveURL(/\/cart$/);
  await expect(page.getByText("vous réglez chaque boutique séparément", { exact: false })).toBeVisible();
  const atelier = page.getByRole("region", { name: "Atelier Lumière" });
  await expect(atelier.getByRole("listitem")).toHaveCount(2);
  // 2 × 18,00 € + 22,00 €
  await expect(atelier.getByRole("button", { name: /^Payer Atelier Lumière — 58,00\s€$/ })).toBeVisible();
  await saveScreen(page, "storefront-cart");

  await atelier.getByRole("spinbutton", { name: "Quantité de Carnet relié main" }).fill("3");
  await atelier.getByRole("button", { name: "Mettre à jour la quantité de Carnet relié main" }).click();
  await expect(cartLink(page)).toHaveAccessibleName("Panier, 4 articles");
  await expect(atelier.getByRole("button", { name: /^Payer Atelier Lumière — 76,00\s€$/ })).toBeVisible();

  await atelier.getByRole("button", { name: "Retirer Bougie parfumée Figue & Cèdre du panier" }).click();
  await expect(atelier.getByRole("listitem")).toHaveCount(1);
  await expect(cartLink(page)).toHaveAccessibleName("Panier, 3 articles");

  // Coming back from Stripe's cancel_url, and a refused checkout, are explained on the cart.
  await page.goto("/cart?canceled=1");
  await expect(page.getByText("Paiement annulé : rien n'a été débité et les articles sont de nouveau disponibles. Ils restent dans votre panier.")).toBeVisible();
  await page.goto(`/cart?${new URLSearchParams({ checkoutError: "out_of_stock", shop: "unknown-shop", product: "Carnet relié main" })}`);
  await expect(page.getByRole("alert").filter({ hasText: "Il n'en reste plus assez en stock : « Carnet relié main »" })).toBeVisible();

  await page.goto("/signin?callbackUrl=%2Fcart");
  await page.getByLabel("Adresse e-mail").fill("alice@comptoir.test");
  await page.getByLabel("Mot de passe").fill("motdepasse-demo");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/cart$/);
  await expect(page.getByLabel("Menu du compte")).toBeVisible();

  const merged = page.getByRole("region", { name: "Atelier Lumière" });
  const quantity = merged.getByRole("spinbutton", { name: "Quantité de Carnet relié main" });
  await expect(quantity).toBeVisible();
  // Alice's cart may already hold some: the guest's 3 were added to them.
  expect(Number(await quantity.inputValue())).toBeGreaterThanOrEqual(3);
  await expect(cartLink(page)).toHaveAccessibleName(/^Panier, \d+ articles?$/);
  await saveScreen(page, "storefront-cart-merged");

  // Leave Alice's cart as the other journeys expect it.
  await merged.getByRole("button", { name: "Retirer Carnet relié main du panier" }).click();
  await expect(merged.getByRole("spinbutton", { name: "Quantité de Carnet relié main" })).toHaveCount(0);
});

test("adding to the cart, changing and removing a line work without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await page.goto("/shops/atelier-lumiere");
    await page.getByRole("link", { name: "Tote bag en lin" }).click();
    await page.getByRole("spinbutton", { name: "Quantité" }).fill("2");
    await page.getByRole("button", { name: "Ajouter au panier" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Ajouté au panier" })).toHaveText(/2 × Tote bag en lin/);
    // The header's count is filled in by a script (the page itself is the same cached HTML for
    // everyone): without JavaScript the cart page is where the count is.
    await page.goto("/cart");
    const shop = page.getByRole("region", { name: "Atelier Lumière" });
    await expect(shop.getByRole("link", { name: "Tote bag en lin" })).toBeVisible();
    // The line's one form: its update button, then its remove button (which ignores the field).
    await shop.getByRole("spinbutton", { name: "Quantité de Tote bag en lin" }).fill("3");
    await shop.getByRole("button", { name: "Mettre à jour la quantité de Tote bag en lin" }).click();
    await expect(shop.getByRole("spinbutton", { name: "Quantité de Tote bag en lin" })).toHaveValue("3");
    await shop.getByRole("spinbutton", { name: "Quantité de Tote bag en lin" }).fill("");
    await shop.getByRole("button", { name: "Retirer Tote bag en lin du panier" }).click();
    await expect(page.getByRole("link", { name: "Tote bag en lin" })).toHaveCount(0);
  } finally {
    await context.close();
  }
});
