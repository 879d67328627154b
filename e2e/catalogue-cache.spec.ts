import { expect, test, type Browser, type Page, type Response } from "@playwright/test";
import { invalidateCatalogue } from "../lib/cache/catalogue";
import { shopWithExperience, withDatabase } from "./support/shop-fixture";
import { uniqueEmail } from "./support/screens";

// Catalogue pages (home, shop, product, search results) are served from Next's cache (x-nextjs-cache: HIT) and
// must show a change at once: lib/cache/catalogue.ts invalidates their tags, in this process for
// the seller's own actions, through PostgreSQL for changes made elsewhere (a worker, another instance).

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const cartLink = (page: Page) =>
  page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: /^Panier/ });
const cacheState = (response: Response | null) => response?.headers()["x-nextjs-cache"];

async function anonymous(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

/** Visits a catalogue page twice: the second answer must come from the cache. */
async function expectCached(page: Page, path: string) {
  await page.goto(path);
  expect(cacheState(await page.goto(path))).toBe("HIT");
}

async function signInAsClaire(page: Page) {
  await page.goto("/signin?callbackUrl=%2Fseller%2Fproducts");
  await page.getByLabel("Adresse e-mail").fill("claire@comptoir.test");
  await page.getByLabel("Mot de passe").fill("motdepasse-demo");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/seller\/products$/);
}

/** Opens the edit form of the seller's product, changes fields, saves. */
async function editProduct(page: Page, productId: string, fields: Record<string, string>) {
  await page.goto(`/seller/products/${productId}/edit`);
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label).first().fill(value);
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(page).toHaveURL(/\/seller\/products\?updated=1$/);
}

test("a product edited, sold out and archived shows its new state at once on the cached pages", async ({
  page,
  browser,
}) => {
  const token = unique();
  const name = `Pichet ${token}`;
  await signInAsClaire(page);
  await page.goto("/seller/products/new");
  await page.getByLabel("Nom du produit").fill(name);
  await page.getByLabel("Prix").fill("12,50");
  await page.getByLabel("Stock").fill("3");
  await page.getByRole("button", { name: "Ajouter le produit" }).click();
  await expect(page).toHaveURL(/\/seller\/products\?created=1$/);
  await page.goto(`/seller/products?q=${encodeURIComponent(name)}`);
  const editHref = await page.getByRole("link", { name: `Modifier « ${name} »` }).getAttribute("href");
  const productId = /\/seller\/products\/([^/]+)\/edit/.exec(editHref ?? "")?.[1];
  expect(productId).toBeTruthy();

  const visitor = await anonymous(browser);
  const productPath = `/products/${productId}`;
  const searchPath = `/search?q=${token}`;
  for (const path of [productPath, "/shops/atelier-lumiere", "/", searchPath]) await expectCached(visitor, path);
  await visitor.goto(searchPath);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(`Résultats pour « ${token} »`);
  await expect(visitor.getByRole("link", { name: new RegExp(name) })).toContainText("12,50");
  await visitor.goto(productPath);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(visitor.getByText(/^12,50\s€$/)).toBeVisible();
  await expect(visitor.getByText("Plus que 3 en stock")).toBeVisible();

  // Edited: new name and price everywhere, on the very next visit.
  const renamed = `${name} bleu`;
  await editProduct(page, productId!, { "Nom du produit": renamed, Prix: "15,00" });
  await visitor.goto(productPath);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(renamed);
  await expect(visitor.getByText(/^15,00\s€$/)).toBeVisible();
  await visitor.goto("/shops/atelier-lumiere");
  await expect(visitor.getByRole("link", { name: new RegExp(renamed) })).toBeVisible();
  await visitor.goto("/");
  await expect(
    visitor.getByRole("region", { name: "Nouveautés" }).getByRole("link", { name: new RegExp(renamed) }),
  ).toBeVisible();
  await visitor.goto(searchPath);
  await expect(visitor.getByRole("link", { name: new RegExp(renamed) })).toContainText("15,00");

  // Sold out (stock 0): marked so, and cannot be added.
  await editProduct(page, productId!, { Stock: "0" });
  await visitor.goto(productPath);
  await expect(visitor.getByText("Épuisé", { exact: true })).toBeVisible();
  await expect(visitor.getByRole("button", { name: "Ajouter au panier" })).toBeDisabled();
  await visitor.goto("/shops/atelier-lumiere");
  await expect(visitor.getByRole("link", { name: new RegExp(renamed) })).toContainText("Épuisé");
  await visitor.goto("/");
  await expect(
    visitor.getByRole("region", { name: "Nouveautés" }).getByRole("link", { name: new RegExp(renamed) }),
  ).toContainText("Épuisé");

  // Archived: gone from the listings, its page answers 404.
  await page.goto(`/seller/products?q=${encodeURIComponent(renamed)}`);
  await page.getByRole("button", { name: `Archiver « ${renamed} »` }).click();
  await expect(page).toHaveURL(/archived=1/);
  expect((await visitor.goto(productPath))?.status()).toBe(404);
  await visitor.goto("/shops/atelier-lumiere");
  await expect(visitor.getByRole("heading", { level: 1, name: "Atelier Lumière" })).toBeVisible();
  await expect(visitor.getByRole("link", { name: new RegExp(renamed) })).toHaveCount(0);
  await visitor.goto("/");
  await expect(visitor.getByRole("region", { name: "Nouveautés" })).toBeVisible();
  await expect(visitor.getByRole("link", { name: new RegExp(renamed) })).toHaveCount(0);
  await visitor.goto(searchPath);
  await expect(visitor.getByText(`Aucun produit ne correspond à « ${token} ».`)).toBeVisible();
  await visitor.context().close();
});

test("a signed-in buyer never sees another buyer's name or cart count on a cached page", async ({ browser }) => {
  const buyers = [
    { name: `Anaïs ${unique()}`, email: uniqueEmail("buyer-a"), units: "1", count: "Panier, 1 article" },
    { name: `Basile ${unique()}`, email: uniqueEmail("buyer-b"), units: "3", count: "Panier, 3 articles" },
  ];
  const pages: Page[] = [];
  for (const buyer of buyers) {
    const page = await (await browser.newContext()).newPage();
    await page.goto("/signup");
    await page.getByLabel("Nom").fill(buyer.name);
    await page.getByLabel("Adresse e-mail").fill(buyer.email);
    await page.getByLabel("Mot de passe").fill("un-mot-de-passe-solide");
    await page.getByRole("button", { name: "Créer mon compte" }).click();
    await expect(page.getByLabel("Menu du compte")).toBeVisible();
    await page.goto("/shops/atelier-lumiere");
    await page.getByRole("link", { name: "Carnet relié main" }).click();
    await page.getByRole("spinbutton", { name: "Quantité" }).fill(buyer.units);
    await page.getByRole("button", { name: "Ajouter au panier" }).click();
    await expect(cartLink(page)).toHaveAccessibleName(buyer.count);
    pages.push(page);
  }

  const productPath = new URL(pages[0]!.url()).pathname;
  // In turns, so each page is served from the cache the other one filled.
  for (const path of ["/", "/shops/atelier-lumiere", productPath, "/", productPath]) {
    for (const [index, page] of pages.entries()) {
      const me = buyers[index]!;
      const other = buyers[1 - index]!;
      const response = await page.goto(path);
      const html = await response!.text();
      expect(html).not.toContain(other.name);
      expect(html).not.toContain(other.email);
      expect(html).not.toContain(me.name); // the HTML is everyone's: the island fills it in
      await expect(cartLink(page)).toHaveAccessibleName(me.count);
      await expect(page.getByLabel("Menu du compte")).toContainText(me.name);
      await expect(page.getByRole("banner")).not.toContainText(other.name);
    }
  }
  for (const page of pages) await page.context().close();
});

test("an invalidation recorded by another process reaches the cached pages on the next poll", async ({
  browser,
  request,
}) => {
  const name = `Gourde ${unique()}`;
  const { productId } = await shopWithExperience(request, "hosted", name);
  const visitor = await anonymous(browser);
  const productPath = `/products/${productId}`;
  await expectCached(visitor, productPath);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(name);

  // Changed in the database behind the app's back: the cached page does not know yet.
  await withDatabase((client) =>
    client.query(`UPDATE "Product" SET name = $2, stock = 0 WHERE id = $1`, [productId, `${name} vide`]),
  );
  expect(cacheState(await visitor.goto(productPath))).toBe("HIT");
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(name);

  // What a worker does after a change: the helper, from another process, against the same database.
  await invalidateCatalogue({ productIds: [productId] });
  await expect(async () => {
    await visitor.goto(productPath);
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(`${name} vide`, { timeout: 500 });
  }).toPass({ timeout: 10_000 });
  await expect(visitor.getByText("Épuisé", { exact: true })).toBeVisible();
  await visitor.context().close();
});
