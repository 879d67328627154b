import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { saveScreen, uniqueEmail } from "./support/screens";

// Replays the probes of issue 13 against the production build and asserts the safe outcome.

const DEMO_PASSWORD = "motdepasse-demo";

async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

/** Collects the browser's Content-Security-Policy complaints while a page is used. */
function cspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (load|execute|frame|connect|send form)/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

for (const probe of ["%09", "%0A", "%0D%0A", "%09%09"]) {
  test(`sign-in with callbackUrl=/${probe}/evil.example/ stays on the app`, async ({ page, baseURL }) => {
    await page.goto(`/signin?callbackUrl=/${probe}/evil.example/`);
    await signIn(page, "bob@comptoir.test");
    await expect(page.getByLabel("Menu du compte")).toBeVisible();
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  });
}

test("sign-up with a tab-smuggled callbackUrl stays on the app", async ({ page, baseURL }) => {
  await page.goto("/signup?callbackUrl=/%09%09/evil.example/");
  await page.getByLabel("Adresse e-mail").fill(uniqueEmail("redirect"));
  await page.getByLabel("Mot de passe").fill("un-mot-de-passe-solide");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page.getByLabel("Menu du compte")).toBeVisible();
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
});

test("a session cookie saved before sign-out no longer opens /account", async ({ page, browser, baseURL }) => {
  await page.goto("/signin?callbackUrl=/account");
  await signIn(page, "alice@comptoir.test");
  await expect(page).toHaveURL(/\/account$/);
  const saved = await page.context().cookies();

  await page.getByLabel("Menu du compte").click();
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page.getByText("Vous êtes déconnecté.")).toBeVisible();

  const thief = await browser.newContext({ baseURL });
  await thief.addCookies(saved);
  const stolen = await thief.newPage();
  await stolen.goto("/account");
  await expect(stolen).toHaveURL(/\/signin\?callbackUrl=%2Faccount/);
  await thief.close();
});

test("changing the password signs every browser out", async ({ page, browser, baseURL }) => {
  const email = uniqueEmail("rotate");
  await page.goto("/signup?callbackUrl=/account");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill("un-mot-de-passe-solide");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page).toHaveURL(/\/account$/);
  const otherBrowser = await browser.newContext({ baseURL });
  await otherBrowser.addCookies(await page.context().cookies());

  await page.getByLabel("Mot de passe actuel").fill("pas-le-bon");
  await page.getByLabel("Nouveau mot de passe").fill("un-autre-mot-de-passe");
  await page.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(page.getByText("E-mail ou mot de passe incorrect.")).toBeVisible();
  await page.getByLabel("Mot de passe actuel").fill("un-mot-de-passe-solide");
  await page.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(page.getByText("Mot de passe changé.")).toBeVisible();
  await saveScreen(page, "security-password-changed");

  const other = await otherBrowser.newPage();
  await other.goto("/account");
  await expect(other).toHaveURL(/\/signin\?callbackUrl=%2Faccount/);
  await otherBrowser.close();
  await signIn(page, email, "un-autre-mot-de-passe");
  await expect(page.getByLabel("Menu du compte")).toBeVisible();
});

test("sign-up with a known email answers like any other and mails the owner", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Adresse e-mail").fill("paul@comptoir.test");
  await page.getByLabel("Mot de passe").fill("pas-le-mot-de-passe-de-paul");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("nous venons d'écrire à son propriétaire");
  await expect(page.getByText("Un compte existe déjà avec cette adresse.")).toHaveCount(0);
  await saveScreen(page, "security-sign-up-known-email");
  // The mailbox of a production build is for operators.
  await page.goto("/signin?callbackUrl=/mailbox%3Fto%3Dpaul%40comptoir.test");
  await signIn(page, "admin@comptoir.test");
  await expect(page.getByText("Tentative de création de compte avec votre adresse").first()).toBeVisible();
});

test("pages carry the security headers and run without CSP violations", async ({ page }) => {
  const violations = cspViolations(page);
  // Every page other than the catalogue's: a fresh nonce per response.
  const response = await page.goto("/cart");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
  expect(headers["content-security-policy"]).not.toContain("'unsafe-inline' https://js.stripe.com");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("payment=(self");
  expect(headers["strict-transport-security"]).toBeUndefined(); // APP_URL is http here
  const second = await page.request.get("/cart");
  expect(second.headers()["content-security-policy"]).not.toBe(headers["content-security-policy"]);

  // Catalogue pages are cached HTML shared by everyone: the same policy with inline scripts
  // instead of a nonce (README, Security), and their scripts run.
  for (const path of ["/", "/shops/atelier-lumiere"]) {
    const catalogue = await page.goto(path);
    const policy = catalogue!.headers()["content-security-policy"]!;
    expect(policy).toMatch(/script-src 'self' 'unsafe-inline' https:\/\/js\.stripe\.com/);
    expect(policy).not.toContain("nonce-");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(await page.locator("script[nonce]").count()).toBe(0);
  }
  await page.getByRole("link", { name: "Théière en céramique" }).click();
  await expect(page.getByRole("button", { name: "Ajouter au panier" })).toBeEnabled();

  // Pages that use client components, forms and server actions, signed in and not.
  await page.goto("/search?q=mug");
  await page.goto("/signin");
  await signIn(page, "claire@comptoir.test");
  await expect(page.getByLabel("Menu du compte")).toBeVisible();
  await page.goto("/seller");
  await page.getByRole("button", { name: "Passer en anglais" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Switch to French" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  expect(violations).toEqual([]);
});

test("no page can be framed by another origin", async ({ page, baseURL }) => {
  // A page of another origin on the same host (another port), as in the reported probe.
  const app = new URL(baseURL!);
  const attacker = createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html" });
    response.end(`<h1>attacker</h1><iframe id="victim" src="${app.origin}/signin"></iframe>`);
  });
  await new Promise<void>((resolve) => attacker.listen(0, "127.0.0.1", resolve));
  try {
    const framed: number[] = [];
    page.on("response", (response) => {
      if (response.url() === `${app.origin}/signin`) framed.push(response.status());
    });
    await page.goto(`http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`);
    await expect.poll(() => framed.length).toBeGreaterThan(0);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(frame).toBeDefined();
    // The browser refused to render it: the frame shows its error page, not our form.
    await frame!.waitForLoadState("load").catch(() => {});
    expect(await frame!.locator("form").count().catch(() => 0)).toBe(0);
    expect(await frame!.getByRole("button", { name: "Se connecter" }).count().catch(() => 0)).toBe(0);
  } finally {
    attacker.close();
  }
});

test("bad input gets an answer, not a 500", async ({ page, request }) => {
  const search = await page.goto("/search?q=a%00b");
  expect(search?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  const tooBig = await request.post("/", {
    headers: { "next-action": "0000000000000000000000000000000000000000", "content-type": "text/plain;charset=UTF-8", origin: new URL(page.url()).origin },
    data: "x".repeat(4 * 1024 * 1024),
  });
  expect(tooBig.status()).toBe(413);
});
