import { expect, test, type Page } from "@playwright/test";
import { messages } from "../lib/i18n/messages";

// Both languages, desktop and phone: plurals and French elision read naturally, no message key or
// "(s)" leaks onto a page, and a screenshot of each main page lands in test-results/screens/ (CI
// keeps test-results/ as an artifact) for people to look at.

const LOCALES = ["fr", "en"] as const;
const WIDTHS = { desktop: { width: 1280, height: 800 }, mobile: { width: 390, height: 844 } } as const;

/** Every message key ("catalog.list.title"): none may be shown to a person. */
function keys(node: unknown, prefix = ""): string[] {
  if (typeof node === "string") return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}
const ALL_KEYS = keys(messages.fr).filter((key) => key.includes("."));

/** Signs in, asking for `callbackUrl` (or nothing) and waiting to land on `landing`. */
async function signIn(page: Page, email: string, callbackUrl: string | null, landing = callbackUrl) {
  await page.goto(callbackUrl ? `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/signin");
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill("motdepasse-demo");
  await page.locator('main form button[type="submit"]').click();
  await page.waitForURL((url) => url.pathname === landing);
}

async function checkText(page: Page) {
  const text = await page.locator("body").innerText();
  expect(text).not.toMatch(/\((s|e|es)\)/);
  for (const key of ALL_KEYS) expect(text, `raw key ${key}`).not.toContain(key);
}

async function shoot(page: Page, locale: string, name: string) {
  await checkText(page);
  for (const [label, size] of Object.entries(WIDTHS)) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `test-results/screens/${locale}-${name}-${label}.png`, fullPage: true });
  }
  await page.setViewportSize(WIDTHS.desktop);
}

/** "3 produits" / "1 produit" / "1 product" / "0 products": the noun agrees with the number. */
function expectAgreement(text: string, locale: "fr" | "en", noun: { fr: string; en: string }) {
  const match = new RegExp(`(\\d+) ${noun[locale]}(s?)\\b`).exec(text);
  expect(match, text).not.toBeNull();
  const count = Number(match![1]);
  const singular = locale === "fr" ? count <= 1 : count === 1;
  expect(match![2], text).toBe(singular ? "" : "s");
}

test.setTimeout(180_000); // many pages, each shot twice

for (const locale of LOCALES) {
  test.describe(`in ${locale}`, () => {
    test.beforeEach(async ({ context }) => {
      await context.addCookies([{ name: "locale", value: locale, url: process.env.E2E_BASE_URL ?? "http://localhost:3000" }]);
    });

    test("public pages read naturally at both widths", async ({ page }) => {
      await page.goto("/");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await shoot(page, locale, "home");
      await page.goto("/search?q=a");
      expectAgreement(await page.locator("main").innerText(), locale, { fr: "produit", en: "product" });
      await shoot(page, locale, "search");
      await page.goto("/shops/atelier-lumiere");
      await shoot(page, locale, "shop");
      await page.goto("/cart");
      await shoot(page, locale, "cart");
      await page.goto("/sell");
      await shoot(page, locale, "sell");
      await page.goto("/signin");
      await shoot(page, locale, "signin");
    });

    test("seller pages: plurals and elision", async ({ page }) => {
      await signIn(page, "claire@comptoir.test", "/seller/products");
      const main = page.locator("main");
      await expect(main).toContainText(locale === "fr" ? "Le catalogue d’Atelier Lumière." : "The catalogue of Atelier Lumière.");
      expectAgreement(await main.innerText(), locale, { fr: "produit", en: "product" });
      await shoot(page, locale, "seller-products");
      await page.goto("/seller");
      await shoot(page, locale, "seller-dashboard");
      await page.goto("/seller/orders");
      await shoot(page, locale, "seller-orders");

      // Offline, the Stripe dashboard button opens the emulator's page for this seller's account.
      await page.goto("/seller");
      await page.getByRole("button", { name: messages[locale].payments.stripeDashboard }).click();
      await expect(page).toHaveURL(/\/dashboard\/acct_/);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Stripe");
      await expect(page.getByText("Atelier Lumière")).toBeVisible();
    });

    test("sellers and operators land on their dashboards after signing in", async ({ page }) => {
      await signIn(page, "claire@comptoir.test", null, "/seller");
      await page.context().clearCookies({ name: "next-auth.session-token" });
      await signIn(page, "admin@comptoir.test", null, "/admin");
    });

    test("a shop whose name starts with a consonant is not elided", async ({ page }) => {
      await signIn(page, "olivia@comptoir.test", "/seller/products");
      await expect(page.locator("main")).toContainText(locale === "fr" ? "Le catalogue de Maison Olivia." : "The catalogue of Maison Olivia.");
    });

    test("operator pages", async ({ page }) => {
      await signIn(page, "admin@comptoir.test", "/admin");
      await shoot(page, locale, "admin-overview");
      await page.goto("/admin/accounts");
      await shoot(page, locale, "admin-accounts");
      await page.goto("/admin/orders");
      await shoot(page, locale, "admin-orders");
      await page.goto("/admin/fees");
      await shoot(page, locale, "admin-fees");
      await page.goto("/admin/webhooks");
      await shoot(page, locale, "admin-webhooks");
    });
  });
}
