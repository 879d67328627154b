import { expect, test, type Page } from "@playwright/test";
import { saveScreen, uniqueEmail } from "./support/screens";

const PASSWORD = "un-mot-de-passe-solide";

// A valid 1×1 PNG, made here so the test needs no fixture file.
const PNG_LOGO = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

async function signUpAsSeller(page: Page, name: string): Promise<void> {
  await page.goto("/signup?role=seller");
  await page.getByRole("radio", { name: "Vendre" }).check();
  await page.getByLabel("Nom").fill(name);
  await page.getByLabel("Adresse e-mail").fill(uniqueEmail("shop"));
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page).toHaveURL(/\/seller$/);
}

test("a new seller opens a shop with a logo", async ({ page }) => {
  await signUpAsSeller(page, "Lucie Fabre");
  await page.goto("/seller/shops/new");
  await expect(page.getByRole("heading", { name: "Ouvrir ma boutique" })).toBeVisible();

  const slug = page.getByLabel("Adresse de la boutique");
  const slugStatus = page.locator("#shop-slug-status");
  await expect(slugStatus).toHaveAttribute("aria-live", "polite");

  // The slug follows the name; the seeded shop already has this one.
  await page.getByLabel("Nom de la boutique").fill("Atelier Lumière");
  await expect(slug).toHaveValue("atelier-lumiere");
  await expect(slugStatus).toHaveText(/Cette adresse est déjà prise\./);
  await expect(slug).toHaveAttribute("aria-invalid", "true");
  await saveScreen(page, "open-shop-slug-taken");

  const freeSlug = `atelier-lumiere-${Date.now().toString(36)}`;
  await slug.fill(freeSlug);
  await expect(slugStatus).toHaveText(/Cette adresse est disponible\./);
  await expect(slug).not.toHaveAttribute("aria-invalid", "true");
  // Editing the name no longer rewrites a slug the seller chose.
  await page.getByLabel("Nom de la boutique").fill("Atelier Lumière Lyon");
  await expect(slug).toHaveValue(freeSlug);

  await page.getByLabel("Description").fill("Céramiques et bougies façonnées à la main.");
  // Picking a country preselects its currency.
  await page.getByLabel("Pays").selectOption({ label: "Suisse" });
  await expect(page.getByLabel("Devise")).toHaveValue("chf");
  await page.getByLabel("Pays").selectOption({ label: "Belgique" });
  await expect(page.getByLabel("Devise")).toHaveValue("eur");

  await page.getByLabel("Logo").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: PNG_LOGO });
  await expect(page.getByRole("img", { name: "Aperçu du logo" })).toBeVisible();
  await saveScreen(page, "open-shop-filled");

  await page.getByRole("button", { name: "Ouvrir ma boutique" }).click();
  await expect(page).toHaveURL(/\/seller\?created=1$/);
  await expect(page.getByRole("heading", { name: "Atelier Lumière Lyon" })).toBeVisible();
  await saveScreen(page, "open-shop-created");

  // One shop per seller: coming back shows the way to the dashboard instead of the form.
  await page.goto("/seller/shops/new");
  await expect(page.getByText("Vous avez déjà une boutique", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Nom de la boutique")).toHaveCount(0);
});

test("an empty name is refused next to the field and the form keeps what was typed", async ({ page }) => {
  await signUpAsSeller(page, "Hugo Marchand");
  await page.goto("/seller/shops/new");
  await page.getByLabel("Description").fill("Des carnets reliés à la main.");
  await page.getByLabel("Pays").selectOption({ label: "Japon" });
  await page.getByRole("button", { name: "Ouvrir ma boutique" }).click();

  const name = page.getByLabel("Nom de la boutique");
  await expect(page.getByText("Donnez un nom à votre boutique.")).toBeVisible();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveAttribute("aria-describedby", /shop-name-error/);
  await expect(name).toBeFocused();
  await expect(page.getByText("Choisissez une adresse pour votre boutique.")).toBeVisible();
  await expect(page.getByLabel("Description")).toHaveValue("Des carnets reliés à la main.");
  await expect(page.getByLabel("Devise")).toHaveValue("jpy");
  await expect(page).toHaveURL(/\/seller\/shops\/new$/);
  await saveScreen(page, "open-shop-empty-name");
});
