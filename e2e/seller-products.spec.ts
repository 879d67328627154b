import { expect, test, type Page } from "@playwright/test";
import { saveScreen } from "./support/screens";

// A valid 1×1 PNG, made here so the test needs no fixture file.
const PNG_IMAGE = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

// Other journeys share the seeded database and Claire's shop: every product here has a name of its
// own, and nothing relies on totals.
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function signInAsClaire(page: Page): Promise<void> {
  await page.goto("/signin?callbackUrl=%2Fseller%2Fproducts");
  await page.getByLabel("Adresse e-mail").fill("claire@comptoir.test");
  await page.getByLabel("Mot de passe").fill("motdepasse-demo");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/seller\/products$/);
}

/** Searches the list for one product, so the test sees only its own rows. */
async function search(page: Page, text: string): Promise<void> {
  await page.getByRole("searchbox", { name: "Rechercher dans vos produits" }).fill(text);
  await page.getByRole("searchbox", { name: "Rechercher dans vos produits" }).press("Enter");
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(text).replace(/%20/g, "\\+")}`));
}

test("a seller adds a product with a photo, edits its price, archives and restores it", async ({ page }) => {
  const id = unique();
  const name = `Vase céladon ${id}`;
  await signInAsClaire(page);
  await expect(page.getByRole("heading", { level: 1, name: "Produits" })).toBeVisible();
  const sellerNav = page.getByRole("navigation", { name: "Espace vendeur" });
  await expect(sellerNav.getByRole("link", { name: "Produits" })).toHaveAttribute("aria-current", "page");
  await expect(sellerNav.getByRole("link", { name: "Tableau de bord" })).toHaveAttribute("href", "/seller");
  await expect(page.getByRole("navigation", { name: "Statut des produits" }).getByRole("link", { name: /Actifs/ })).toHaveAttribute(
    "aria-current",
    "page",
  );

  await page.getByRole("link", { name: "Ajouter un produit" }).first().click();
  await expect(page).toHaveURL(/\/seller\/products\/new$/);
  await expect(page.getByRole("heading", { name: "Ajouter un produit" })).toBeVisible();

  await page.getByLabel("Nom du produit").fill(name);
  await page.getByLabel("Description").fill("Grès émaillé vert pâle, 20 cm.");
  const price = page.getByLabel("Prix");
  // The shop prices in euros; the field says so.
  await expect(page.getByText("En EUR, par exemple 24,50.")).toBeVisible();
  await price.fill("12,50");
  await page.getByLabel("Stock").fill("3");
  await page.getByLabel(/^Photo/).setInputFiles({ name: "vase.png", mimeType: "image/png", buffer: PNG_IMAGE });
  await expect(page.getByRole("img", { name: "Aperçu de la nouvelle photo" })).toBeVisible();
  await saveScreen(page, "seller-products-new-filled");

  await page.getByRole("button", { name: "Ajouter le produit" }).click();
  await expect(page).toHaveURL(/\/seller\/products\?created=1$/);
  await expect(page.getByRole("status").filter({ hasText: "Produit ajouté à votre boutique." })).toBeVisible();

  // Accent-insensitive search finds it; the row shows the formatted price, the stock and the photo.
  await search(page, `celadon ${id}`);
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(/12,50\s€/);
  await expect(row).toContainText("3 en stock");
  await expect(row).toContainText("Actif");
  await expect(row.locator("img")).toHaveAttribute("src", /^\/uploads\/[a-f0-9]{32}\.png$/);
  await saveScreen(page, "seller-products-list");
  // On a phone the table becomes a list of cards.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole("table")).toBeHidden();
  await expect(page.getByRole("list", { name: "Vos produits" }).getByRole("listitem")).toHaveCount(1);
  await saveScreen(page, "seller-products-list-mobile");
  await page.setViewportSize({ width: 1280, height: 720 });

  // Edit the price; the form shows the stored one the way a French seller types it.
  await row.getByRole("link", { name: `Modifier « ${name} »` }).click();
  await expect(page).toHaveURL(/\/seller\/products\/[^/]+\/edit$/);
  await expect(page.getByLabel("Prix")).toHaveValue("12,50");
  await expect(page.getByLabel("Stock")).toHaveValue("3");
  await expect(page.getByRole("img", { name: "Photo actuelle" })).toBeVisible();
  await page.getByLabel("Prix").fill("1 015,90");
  await saveScreen(page, "seller-products-edit");
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(page).toHaveURL(/\/seller\/products\?updated=1$/);
  await expect(page.getByRole("status").filter({ hasText: "Modifications enregistrées." })).toBeVisible();
  await search(page, name);
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText(/1\s015,90\s€/);

  // Archive: the product leaves the active tab and waits under "Archivés".
  await page.getByRole("button", { name: `Archiver « ${name} »` }).click();
  await expect(page).toHaveURL(/archived=1/);
  await expect(page.getByRole("status").filter({ hasText: "Produit archivé" })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toHaveCount(0);
  await expect(page.getByText(`Aucun résultat pour « ${name} »`)).toBeVisible();

  await page.getByRole("navigation", { name: "Statut des produits" }).getByRole("link", { name: /Archivés/ }).click();
  await expect(page).toHaveURL(/status=archived/);
  const archivedRow = page.getByRole("row", { name: new RegExp(name) });
  await expect(archivedRow).toContainText("Archivé");
  await saveScreen(page, "seller-products-archived");

  await archivedRow.getByRole("button", { name: `Restaurer « ${name} »` }).click();
  await expect(page).toHaveURL(/restored=1/);
  await expect(page.getByRole("status").filter({ hasText: "Produit restauré" })).toBeVisible();
  await page.getByRole("navigation", { name: "Statut des produits" }).getByRole("link", { name: /Actifs/ }).click();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Actif");
});

test("an invalid price is refused next to the field and nothing is saved", async ({ page }) => {
  const name = `Théière ${unique()}`;
  await signInAsClaire(page);
  await page.goto("/seller/products/new");
  await page.getByLabel("Nom du produit").fill(name);
  const price = page.getByLabel("Prix");

  // Three decimals in euros: refused inline, with the field marked and focused after submitting.
  await price.fill("12,505");
  await page.getByRole("button", { name: "Ajouter le produit" }).click();
  await expect(page.getByText("Un prix en EUR a au plus 2 décimales.")).toBeVisible();
  await expect(price).toHaveAttribute("aria-invalid", "true");
  await expect(price).toHaveAttribute("aria-describedby", /product-price-error/);
  await expect(price).toBeFocused();
  await expect(page).toHaveURL(/\/seller\/products\/new$/);

  // Not a number, and a stock that is not a whole number: each field says what is wrong.
  await price.fill("douze");
  await page.getByLabel("Stock").fill("2,5");
  await page.getByRole("button", { name: "Ajouter le produit" }).click();
  await expect(page.getByText("Saisissez un prix en chiffres, par exemple 24,50.")).toBeVisible();
  await expect(page.getByText(/Le stock doit être un nombre entier/)).toBeVisible();
  await expect(page.getByLabel("Nom du produit")).toHaveValue(name);
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreen(page, "seller-products-invalid-price");

  await page.goto(`/seller/products?status=all&q=${encodeURIComponent(name)}`);
  await expect(page.getByText(`Aucun résultat pour « ${name} »`)).toBeVisible();
});
