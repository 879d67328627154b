import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { saveScreen } from "./support/screens";
import { emulatorUrl } from "./support/stripe";

// A seeded product of "Atelier Lumière" (able to sell) with unlimited stock: 18,00 €, so a platform
// fee of 5 % + 0,30 € = 1,20 €. The platform fee itself is never changed here (other journeys,
// running at the same time, check fee amounts); the override is set and cleared on a shop that
// cannot sell ("Brûlerie du Port").
const NOTEBOOK = "Carnet relié main";
const OVERRIDE_SHOP = "Brûlerie du Port";
const ADMIN_PAGES = ["/admin/fees", "/admin/webhooks", "/admin/fees/ledger.csv", "/admin/orders.csv"];

async function signIn(browser: Browser, email: string, returnTo: string): Promise<Page> {
  const page = await browser.newPage({ locale: "fr-FR" });
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill("motdepasse-demo");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).not.toHaveURL(/\/signin/);
  return page;
}

/** A guest buys the notebook by card; returns the order number shown (the id's last 8 characters). */
async function guestPurchase(page: Page): Promise<string> {
  await page.goto("/search?q=carnet");
  await page.getByRole("link", { name: new RegExp(NOTEBOOK) }).first().click();
  await page.getByRole("button", { name: "Ajouter au panier" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ajouté au panier" })).toBeVisible();
  await page.goto("/cart");
  await page.getByRole("button", { name: /^Payer Atelier Lumière/ }).click();
  await expect(page).toHaveURL(new RegExp(`^${emulatorUrl}/`));
  await page.getByLabel("E-mail").fill("ledger@example.com");
  await page.getByLabel("Numéro de carte").fill("4242 4242 4242 4242");
  await page.getByLabel("Date d'expiration (MM / AA)").fill("12 / 34");
  await page.getByLabel("CVC").fill("123");
  await page.getByRole("button", { name: /^Payer/ }).click();
  await expect(page).toHaveURL(/\/checkout\/success\?session_id=cs_/);
  await expect(page.getByTestId("order-status")).toHaveText("Payée");
  return (await page.getByText(/^Commande n° /).textContent())!.replace("Commande n° ", "").trim();
}

test("the admin sees the fee ledger, downloads it as CSV, sets and clears an override, and replays a webhook", async ({ page, browser }) => {
  const number = await guestPurchase(page);
  const admin = await signIn(browser, "admin@comptoir.test", "/admin/fees");

  // The fee arrives by application_fee.created on the platform endpoint, shortly after the payment.
  await admin.goto("/admin/fees");
  await expect(admin.getByRole("heading", { level: 1, name: "Frais et registre" })).toBeVisible();
  await expect(admin.getByTestId("platform-fee-current")).toContainText("Actuellement : 5 % + un montant fixe par devise");
  await expect(admin.getByLabel("Montant fixe en EUR")).toHaveValue("0,30");
  await expect(admin.getByLabel("Montant fixe en JPY")).toHaveValue("");
  await expect(admin.getByTestId("currencies-without-fixed-fee")).toContainText("JPY");
  const row = admin.getByTestId("ledger-row").filter({ hasText: number });
  await expect(async () => {
    await admin.reload();
    await expect(row).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(row).toContainText("Atelier Lumière");
  await expect(row).toContainText(/1,20\s€/);
  await expect(admin.getByTestId("ledger-total-eur")).toBeVisible();
  await saveScreen(admin, "admin-fees-1-ledger");

  // CSV of the ledger: the header documents the columns; the order's fee in minor units and decimals.
  const [ledgerDownload] = await Promise.all([admin.waitForEvent("download"), admin.getByRole("link", { name: "Télécharger le registre (CSV)" }).click()]);
  expect(ledgerDownload.suggestedFilename()).toMatch(/^comptoir-fee-ledger.*\.csv$/);
  const ledgerCsv = (await readFile((await ledgerDownload.path())!, "utf8")).replace(/^\uFEFF/, "");
  const [header, ...lines] = ledgerCsv.split("\r\n");
  expect(header).toBe(
    "fee_id,created_at,shop_id,shop_name,stripe_account,charge_id,order_id,currency,fee_minor,fee_decimal,fee_refunded_minor,fee_refunded_decimal,fee_net_minor,fee_net_decimal",
  );
  const suffix = number.toLowerCase();
  const line = lines.find((entry) => entry.includes(`${suffix},eur,`));
  expect(line).toBeDefined();
  expect(line).toMatch(/^fee_\w+,/);
  expect(line).toContain(",Atelier Lumière,acct_demo_atelier,");
  expect(line).toMatch(new RegExp(`${suffix},eur,120,1\\.20,0,0\\.00,120,1\\.20$`));

  const [ordersDownload] = await Promise.all([admin.waitForEvent("download"), admin.getByRole("link", { name: "Télécharger les commandes (CSV)" }).click()]);
  const ordersCsv = (await readFile((await ordersDownload.path())!, "utf8")).replace(/^\uFEFF/, "");
  expect(ordersCsv.split("\r\n")[0]).toMatch(/^order_id,created_at,paid_at,status,shop_id,shop_name,buyer_email,currency,subtotal_minor,subtotal_decimal,/);
  expect(ordersCsv).toMatch(new RegExp(`${suffix},[^\\r\\n]*,PAID,[^\\r\\n]*,Atelier Lumière,ledger@example\\.com,eur,1800,18\\.00,120,1\\.20,`));

  // A fee override on a shop, then back to the platform's.
  await admin.getByLabel("Rechercher une boutique").fill("Brûlerie");
  await admin.getByRole("button", { name: "Filtrer les boutiques" }).click();
  await expect(admin).toHaveURL(/q=Br/);
  await admin.getByLabel(`Points de base pour ${OVERRIDE_SHOP}`).fill("250");
  await admin.getByLabel(new RegExp(`^Montant fixe pour ${OVERRIDE_SHOP}`)).fill("0,10");
  await admin.getByRole("button", { name: `Appliquer les frais particuliers de ${OVERRIDE_SHOP}` }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Frais particuliers de la boutique enregistrés." })).toBeVisible();
  const shopRow = admin.getByRole("row").filter({ has: admin.getByRole("rowheader", { name: new RegExp(OVERRIDE_SHOP) }) });
  await expect(shopRow.getByTestId("fee-override-value")).toHaveText(/2,5 %\s\+\s0,10\s€/);
  await expect(shopRow.getByTestId("fee-override-effective")).toHaveText(/2,5 %\s\+\s0,10\s€/);
  await saveScreen(admin, "admin-fees-2-override");
  await admin.getByRole("button", { name: `Retirer les frais particuliers de ${OVERRIDE_SHOP}` }).click();
  await expect(admin.getByRole("status").filter({ hasText: "La boutique suit de nouveau les frais de la plateforme." })).toBeVisible();
  await expect(shopRow.getByTestId("fee-override-value")).toHaveText("Frais de la plateforme");
  await expect(shopRow.getByTestId("fee-override-effective")).toHaveText(/5 %\s\+\s0,30\s€/);

  // The webhook log, filtered to the platform's fee events; replaying one runs its handler again.
  await admin.goto("/admin/webhooks");
  await expect(admin.getByRole("heading", { level: 1, name: "Journal des webhooks" })).toBeVisible();
  await admin.getByLabel("Type").selectOption("application_fee.created");
  await admin.getByRole("button", { name: "Filtrer" }).click();
  await expect(admin).toHaveURL(/type=application_fee\.created/);
  const event = admin.getByTestId("webhook-event").first();
  await expect(event).toContainText("Plateforme");
  await expect(event.getByTestId("webhook-event-status")).toHaveText("Traité");
  await saveScreen(admin, "admin-webhooks-1-log");
  await event.getByRole("button", { name: /^Rejouer l'événement evt_/ }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Événement rejoué : traitement terminé." })).toBeVisible();
  await expect(admin).toHaveURL(/replayed=processed/);
  await expect(admin).toHaveURL(/type=application_fee\.created/);
  await expect(admin.getByTestId("webhook-event").first().getByTestId("webhook-event-status")).toHaveText("Traité");
  await saveScreen(admin, "admin-webhooks-2-replayed");
  await admin.close();
});

test("the admin pages and CSV exports answer 404 to a buyer and to an anonymous visitor", async ({ browser, playwright }) => {
  const buyer = await signIn(browser, "alice@comptoir.test", "/");
  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  for (const path of ADMIN_PAGES) {
    expect((await buyer.request.get(path, { maxRedirects: 0 })).status(), `buyer ${path}`).toBe(404);
    expect((await anonymous.get(path, { maxRedirects: 0 })).status(), `anonymous ${path}`).toBe(404);
  }
  const response = await buyer.goto("/admin/fees");
  expect(response?.status()).toBe(404);
  await saveScreen(buyer, "admin-fees-3-buyer-404");
  await anonymous.dispose();
  await buyer.close();
});
