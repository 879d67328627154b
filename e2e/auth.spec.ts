import { expect, test } from "@playwright/test";
import { saveScreen, uniqueEmail } from "./support/screens";

const PASSWORD = "un-mot-de-passe-solide";

test("a buyer signs up, signs out and signs in again", async ({ page }) => {
  const email = uniqueEmail("buyer");
  await page.goto("/");
  await page.getByRole("link", { name: "Créer un compte" }).click();
  await expect(page.getByRole("heading", { name: "Créer un compte" })).toBeVisible();
  await page.getByLabel("Nom").fill("Camille Martin");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await saveScreen(page, "auth-sign-up");
  await page.getByRole("button", { name: "Créer mon compte" }).click();

  await page.getByLabel("Menu du compte").click();
  await expect(page.getByText(email)).toBeVisible();
  await page.getByRole("link", { name: "Mon compte" }).click();
  await expect(page.getByRole("heading", { name: "Bonjour Camille Martin" })).toBeVisible();
  await saveScreen(page, "auth-account");

  await page.getByLabel("Menu du compte").click();
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page.getByText("Vous êtes déconnecté.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Se connecter" })).toBeVisible();

  await page.getByRole("link", { name: "Se connecter" }).click();
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByLabel("Menu du compte")).toBeVisible();
});

test("a wrong password and an unknown email get the same message", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Adresse e-mail").fill("alice@comptoir.test");
  await page.getByLabel("Mot de passe").fill("pas-le-bon-mot-de-passe");
  await page.getByRole("button", { name: "Se connecter" }).click();
  const alert = page.locator("form").getByRole("alert");
  await expect(alert).toHaveText("E-mail ou mot de passe incorrect.");
  await saveScreen(page, "auth-wrong-password");

  await page.getByLabel("Adresse e-mail").fill(uniqueEmail("nobody"));
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(alert).toHaveText("E-mail ou mot de passe incorrect.");
  await expect(page).toHaveURL(/\/signin/);
});

test("sign-up shows errors next to their fields and keeps nothing", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Adresse e-mail").fill("pas-un-email");
  await page.getByLabel("Mot de passe").fill("court");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page.getByText("Saisissez une adresse e-mail valide.")).toBeVisible();
  await expect(page.getByText("Le mot de passe doit faire au moins 8 caractères.")).toBeVisible();
  await expect(page.getByLabel("Adresse e-mail")).toHaveAttribute("aria-invalid", "true");
});

test("the language switch turns the interface to English and back", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Des créateurs indépendants, un seul comptoir");
  await page.getByRole("button", { name: "Passer en anglais" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Independent makers, one counter");
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await saveScreen(page, "home-english");
  await page.getByRole("button", { name: "Switch to French" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
});

test("protected pages send visitors to sign in and hide other roles' pages", async ({ page }) => {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Faccount/);

  await page.getByLabel("Adresse e-mail").fill("alice@comptoir.test");
  await page.getByLabel("Mot de passe").fill("motdepasse-demo");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/account$/);

  const admin = await page.goto("/admin");
  expect(admin?.status()).toBe(404);
  const seller = await page.goto("/seller");
  expect(seller?.status()).toBe(404);
});
