import { expect, test, type Page } from "@playwright/test";
import { saveScreen, uniqueEmail } from "./support/screens";

// Other journeys run at the same time on the same seeded database: this one suspends only a shop
// it opens itself (suspending "Atelier Lumière" or "Brûlerie du Port" would break theirs).

async function signIn(page: Page, email: string, callbackUrl: string, password = "motdepasse-demo") {
  await page.context().clearCookies();
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(new RegExp(`${callbackUrl.replace(/[/?]/g, "\\$&")}$`));
}

/** A new seller with a shop of their own (no Stripe account): the shop this journey suspends. */
async function openOwnShop(page: Page): Promise<{ name: string; slug: string }> {
  const name = `Boutique Admin ${Date.now().toString(36)}`;
  await page.context().clearCookies();
  await page.goto("/signup?role=seller");
  await page.getByRole("radio", { name: "Vendre" }).check();
  await page.getByLabel("Nom").fill("Inès Admin");
  await page.getByLabel("Adresse e-mail").fill(uniqueEmail("admin-shop"));
  await page.getByLabel("Mot de passe").fill("un-mot-de-passe-solide");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page).toHaveURL(/\/seller$/);
  await page.goto("/seller/shops/new");
  await page.getByLabel("Nom de la boutique").fill(name);
  await expect(page.locator("#shop-slug-status")).toHaveText(/disponible/);
  const slug = await page.getByLabel("Adresse de la boutique").inputValue();
  await page.getByRole("button", { name: "Ouvrir ma boutique" }).click();
  await expect(page).toHaveURL(/\/seller\?created=1$/);
  return { name, slug };
}

const ADMIN_PAGES = ["/admin", "/admin/accounts", "/admin/orders", "/admin/shops", "/admin/fees", "/admin/webhooks"];

test("an admin reads the overview, the accounts, an order's timeline, and suspends then reinstates a shop", async ({ page }) => {
  const shop = await openOwnShop(page);
  await signIn(page, "admin@comptoir.test", "/admin");

  // Overview: this month by default, with the seeded euro sales somewhere in the last periods.
  const nav = page.getByRole("navigation", { name: "Administration" });
  await expect(nav.getByRole("link", { name: "Vue d'ensemble" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("heading", { level: 1, name: "Vue d'ensemble" })).toBeVisible();
  await expect(page.getByTestId("sellers-able-to-sell")).not.toHaveText("");
  await saveScreen(page, "admin-overview-month");

  // A custom period covering the seeded orders (9 to 38 days old): euro figures and a chart.
  // The date fields follow the interface's language: French jj/mm/aaaa.
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10).split("-").reverse().join("/");
  await page.getByRole("radio", { name: "Personnalisée" }).check();
  await page.getByLabel("Du", { exact: true }).fill(day(-45));
  await page.getByLabel("Au", { exact: true }).fill(day(0));
  await page.getByRole("button", { name: "Afficher" }).click();
  await expect(page).toHaveURL(/period=custom/);
  await expect(page.getByRole("heading", { level: 2, name: "En EUR" })).toBeVisible();
  await expect(page.getByTestId("gross-eur")).toContainText("€");
  await expect(page.getByRole("img", { name: /Volume brut par jour, en EUR/ })).toBeVisible();
  await saveScreen(page, "admin-overview-custom");

  // Then a week: the period picker remembers the choice.
  await page.getByRole("radio", { name: "Semaine" }).check();
  await page.getByRole("button", { name: "Afficher" }).click();
  await expect(page).toHaveURL(/period=week/);
  await expect(page.getByRole("radio", { name: "Semaine" })).toBeChecked();
  await expect(page.getByTestId("period-range")).toContainText("Du ");

  // Connected accounts: Olivia's account is restricted (documents past due).
  await nav.getByRole("link", { name: "Comptes connectés" }).click();
  await page.getByRole("link", { name: /^Restreints/ }).click();
  await expect(page).toHaveURL(/filter=restricted/);
  await expect(page.getByRole("link", { name: /^Restreints/ })).toHaveAttribute("aria-current", "page");
  const olivia = page.getByTestId("account-row").filter({ hasText: "Maison Olivia" });
  await expect(olivia).toBeVisible();
  await expect(olivia).toContainText("Pièce d'identité");
  await expect(page.getByTestId("account-row").filter({ hasText: "Atelier Lumière" })).toHaveCount(0);
  await saveScreen(page, "admin-accounts-restricted");

  // Orders: find Alice's, open one, read its timeline.
  await nav.getByRole("link", { name: "Commandes" }).click();
  await page.getByLabel("Rechercher une commande").fill("alice@comptoir.test");
  await page.getByLabel("Statut").selectOption({ label: "Payée" });
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/q=alice.*status=PAID/);
  const rows = page.getByTestId("order-row");
  await expect(rows.first()).toBeVisible();
  await expect(rows.filter({ hasNotText: "alice@comptoir.test" })).toHaveCount(0);
  await saveScreen(page, "admin-orders-search");
  await rows.first().getByRole("link").click();
  await expect(page).toHaveURL(/\/admin\/orders\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 2, name: "Chronologie" })).toBeVisible();
  const timeline = page.getByTestId("order-timeline");
  await expect(timeline.getByText("Commande créée")).toBeVisible();
  await expect(timeline.getByText("Paiement confirmé")).toBeVisible();
  await saveScreen(page, "admin-order-timeline");

  // Shops: suspend the journey's own shop; it leaves the storefront; reinstate it.
  await nav.getByRole("link", { name: "Boutiques" }).click();
  await page.getByLabel("Rechercher une boutique").fill(shop.name);
  await page.getByRole("button", { name: "Filtrer" }).click();
  const row = page.getByTestId("shop-row").filter({ hasText: shop.name });
  await expect(row).toHaveCount(1);
  await row.getByRole("button", { name: `Suspendre la boutique ${shop.name}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `La boutique « ${shop.name} » est suspendue` })).toBeVisible();
  await expect(row.getByText("Suspendue", { exact: true })).toBeVisible();
  await saveScreen(page, "admin-shop-suspended");
  const hidden = await page.request.get(`/shops/${shop.slug}`);
  expect(hidden.status()).toBe(404);

  await row.getByRole("button", { name: `Rétablir la boutique ${shop.name}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `La boutique « ${shop.name} » est rétablie` })).toBeVisible();
  await expect(row.getByText("Active", { exact: true })).toBeVisible();
  expect((await page.request.get(`/shops/${shop.slug}`)).status()).toBe(200);
  await saveScreen(page, "admin-shops");
});

test("without JavaScript, a custom period typed day/month/year in the date fields is the one shown", async ({ page, browser }) => {
  await signIn(page, "admin@comptoir.test", "/admin");
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await context.newPage();
  await plain.goto("/admin");
  await plain.getByRole("radio", { name: "Personnalisée" }).check();
  await plain.getByLabel("Du", { exact: true }).fill("01/03/2026");
  await plain.getByLabel("Au", { exact: true }).fill("07/03/2026");
  await plain.getByRole("button", { name: "Afficher" }).click();
  await expect(plain.getByTestId("period-range")).toContainText("1 mars 2026");
  await expect(plain.getByTestId("period-range")).toContainText("7 mars 2026");
  await expect(plain.getByLabel("Du", { exact: true })).toHaveValue("01/03/2026");
  await context.close();
});

test("every admin page answers 404 to a buyer, a seller and an anonymous visitor", async ({ page }) => {
  // An existing order's page, read as the admin first, so that its 404 below is about access.
  await signIn(page, "admin@comptoir.test", "/admin/orders");
  const orderHref = await page.getByTestId("order-row").first().getByRole("link").getAttribute("href");
  expect(orderHref).toMatch(/^\/admin\/orders\/[a-z0-9]+$/);
  const pages = [...ADMIN_PAGES, orderHref!, "/admin/accounts?filter=restricted"];
  // The fees and webhooks pages are another team's; the layout guards them too.
  for (const path of ["/admin", "/admin/accounts", "/admin/orders", "/admin/shops", orderHref!]) expect((await page.goto(path))?.status(), `admin ${path}`).toBe(200);

  const visitors = [
    { who: "buyer", email: "alice@comptoir.test", home: "/account" },
    { who: "seller", email: "paul@comptoir.test", home: "/seller" },
    { who: "anonymous", email: null, home: null },
  ] as const;
  for (const visitor of visitors) {
    if (visitor.email) await signIn(page, visitor.email, visitor.home);
    else await page.context().clearCookies();
    for (const path of pages) {
      const response = await page.goto(path);
      expect(response?.status(), `${visitor.who} ${path}`).toBe(404);
    }
  }
  await saveScreen(page, "admin-404-anonymous");
});
