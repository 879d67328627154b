import { expect, test, type Page } from "@playwright/test";
import { saveScreen, uniqueEmail } from "./support/screens";
import { accountIdForEmail, emulatorControl, emulatorUrl } from "./support/stripe";

async function signUpAndOpenShop(page: Page, email: string) {
  await page.goto("/sell");
  await page.getByRole("link", { name: "Créer mon compte vendeur" }).click();
  await page.getByLabel("Nom", { exact: true }).fill("Hugo Bernard");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill("un-mot-de-passe-solide");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page).toHaveURL(/\/seller$/);
  await page.getByRole("link", { name: "Ouvrir ma boutique" }).click();
  await page.getByLabel("Nom de la boutique").fill(`Poterie Hugo ${Date.now().toString(36)}`);
  await expect(page.locator("#shop-slug-status")).toHaveText(/disponible/);
  await page.getByRole("button", { name: "Ouvrir ma boutique" }).click();
  await expect(page).toHaveURL(/\/seller\?created=1$/);
}

const state = (page: Page) => page.getByTestId("payments-state");

test("a seller onboards with Stripe, through every state of the account", async ({ page, request }) => {
  const email = uniqueEmail("onboarding");
  await signUpAndOpenShop(page, email);
  await expect(state(page)).toHaveText("Paiements non configurés");
  await saveScreen(page, "onboarding-1-not-started");

  // Set up payments: the account is created and the browser goes to Stripe's onboarding.
  await page.getByRole("button", { name: "Configurer les paiements" }).click();
  await expect(page).toHaveURL(new RegExp(`^${emulatorUrl}/`));
  await saveScreen(page, "onboarding-2-stripe-page");

  // Leave with information still due: returning is not finishing.
  await page.getByRole("button", { name: "Quitter avec des informations manquantes" }).click();
  await expect(page).toHaveURL(/\/onboarding\/return$/);
  await expect(state(page)).toHaveText("Informations manquantes");
  await expect(page.getByRole("list", { name: "À fournir à Stripe" }).getByRole("listitem").first()).toBeVisible();
  await saveScreen(page, "onboarding-3-information-due");

  // Continue, but let the link expire before it is opened: Stripe sends the browser to
  // refresh_url, which mints a new link and goes on.
  // The button's answer is caught so that the link is not opened yet.
  const isOnboardingLink = (url: URL) => url.href.startsWith(`${emulatorUrl}/connect/onboarding/`);
  let expiredLink = "";
  await page.route("**/payments/setup", async (route) => {
    const response = await route.fetch({ maxRedirects: 0 });
    expiredLink = response.headers()["location"] ?? "";
    await route.fulfill({ status: 204 });
  });
  await page.getByRole("button", { name: "Continuer l'inscription sur Stripe" }).click();
  await expect.poll(() => expiredLink).toMatch(/\/connect\/onboarding\//);
  await page.unroute("**/payments/setup");
  await emulatorControl(request, "clock/advance", { seconds: 600 });
  await page.goto(expiredLink);
  await expect(page).toHaveURL((url) => isOnboardingLink(url) && url.href !== expiredLink);
  await expect(page.getByRole("button", { name: "Terminer l'inscription" })).toBeVisible();
  // Later journeys open Checkout Sessions, whose expiry Stripe checks against its own clock: hand real time back.
  await emulatorControl(request, "clock/reset", {});
  await saveScreen(page, "onboarding-4-fresh-link");

  // Finish: ready to sell.
  await page.getByRole("button", { name: "Terminer l'inscription" }).click();
  await expect(page).toHaveURL(/\/onboarding\/return$/);
  await expect(state(page)).toHaveText("Prêt à vendre");
  await saveScreen(page, "onboarding-5-ready");

  // Stripe restricts the account: account.updated reaches the webhook and the banner appears.
  const accountId = await accountIdForEmail(request, email);
  await emulatorControl(request, `accounts/${accountId}/restrict`);
  await page.goto("/seller");
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("alert").filter({ hasText: "Les paiements de votre boutique sont suspendus" })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(state(page)).toHaveText("Informations manquantes");
  await saveScreen(page, "onboarding-6-restricted");
});

test("the three seeded sellers show their account's real state", async ({ page }) => {
  const expected = [
    ["claire@comptoir.test", "Prêt à vendre"],
    // Olivia chose English in her account, and her preference wins over the browser's.
    ["olivia@comptoir.test", "Information still due"],
    ["paul@comptoir.test", "Paiements non configurés"],
  ] as const;
  for (const [email, label] of expected) {
    await page.context().clearCookies();
    await page.goto("/signin?callbackUrl=%2Fseller");
    await page.getByLabel("Adresse e-mail").fill(email);
    await page.getByLabel("Mot de passe").fill("motdepasse-demo");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page).toHaveURL(/\/seller$/);
    await expect(state(page)).toHaveText(label);
    // Olivia's requirements come with Stripe's deadline.
    if (email.startsWith("olivia")) await expect(page.getByText(/Due by/)).toBeVisible();
    await saveScreen(page, `seeded-seller-${email.split("@")[0]}`);
  }
});
