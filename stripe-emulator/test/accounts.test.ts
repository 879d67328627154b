import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectStripeError, KEY, readyAccount, startHarness, type Harness } from "./helpers";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ accountLinkTtlSeconds: 300 });
});
afterAll(() => h.emu.close());

describe("authentication", () => {
  it("refuses requests without a key or with a foreign key (401)", async () => {
    const res = await fetch(`${h.emu.url}/v1/accounts`);
    expect(res.status).toBe(401);
    expect(res.headers.get("request-id")).toMatch(/^req_/);
    const body = (await res.json()) as { error: { type: string; message: string } };
    expect(body.error.type).toBe("invalid_request_error");
    const u = new URL(h.emu.url);
    const live = new Stripe("sk_live_nope1234567890", { host: u.hostname, port: u.port, protocol: "http" });
    const e = await expectStripeError(live.accounts.list());
    expect(e).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    expect(e.statusCode).toBe(401);
  });

  it("refuses an unknown Stripe-Account header", async () => {
    const e = await expectStripeError(h.stripe.balance.retrieve({}, { stripeAccount: "acct_1DoesNotExist00" }));
    expect(e.statusCode).toBe(403);
    expect(e.code).toBe("account_invalid");
  });
});

describe("accounts", () => {
  it("creates an account with no parameters: nothing submitted, realistic requirements", async () => {
    const a: Stripe.Account = await h.stripe.accounts.create();
    expect(a.id).toMatch(/^acct_/);
    expect(a.type).toBe("standard");
    expect(a.charges_enabled).toBe(false);
    expect(a.payouts_enabled).toBe(false);
    expect(a.details_submitted).toBe(false);
    expect(a.requirements?.currently_due).toEqual(expect.arrayContaining(["business_type", "external_account", "tos_acceptance.date"]));
    expect(a.requirements?.disabled_reason).toBe("requirements.past_due");
    expect(a.future_requirements?.currently_due).toEqual([]);
    expect(a.capabilities?.card_payments).toBe("inactive");
  });

  it("creates with type or controller and prefilled details", async () => {
    const a = await h.stripe.accounts.create({
      type: "express",
      email: "potier@example.fr",
      country: "FR",
      business_type: "individual",
      default_currency: "eur",
      business_profile: { name: "L'atelier", url: "https://atelier.example", mcc: "5719" },
      metadata: { seller_id: "s_42" },
    });
    expect(a.type).toBe("express");
    expect(a.email).toBe("potier@example.fr");
    expect(a.business_profile?.name).toBe("L'atelier");
    expect(a.settings?.dashboard.display_name).toBe("L'atelier");
    expect(a.metadata).toEqual({ seller_id: "s_42" });
    expect(a.requirements?.currently_due).not.toContain("business_type");
    expect(a.requirements?.currently_due).toContain("individual.first_name");

    const c = await h.stripe.accounts.create({
      controller: { stripe_dashboard: { type: "express" }, fees: { payer: "application" }, losses: { payments: "application" } },
    });
    expect(c.type).toBe("express");
    expect(c.controller?.stripe_dashboard?.type).toBe("express");
    const std = await h.stripe.accounts.create({ controller: { stripe_dashboard: { type: "full" } } });
    expect(std.type).toBe("standard");
  });

  it("retrieves, updates (account.updated with previous_attributes), lists with pagination and deletes", async () => {
    const a = await h.stripe.accounts.create({ type: "express", email: "x@example.com" });
    const got: Stripe.Account = await h.stripe.accounts.retrieve(a.id);
    expect(got.id).toBe(a.id);
    const current: Stripe.Account = await h.stripe.accounts.retrieveCurrent({}, { stripeAccount: a.id });
    expect(current.id).toBe(a.id);
    const platform = await h.stripe.accounts.retrieveCurrent();
    expect(platform.id).not.toBe(a.id);

    const up = await h.stripe.accounts.update(a.id, { email: "y@example.com", metadata: { k: "v" } });
    expect(up.email).toBe("y@example.com");
    const events = await h.stripe.events.list({ type: "account.updated" }, { stripeAccount: a.id });
    const ev = events.data[0] as Stripe.AccountUpdatedEvent;
    expect(ev.account).toBe(a.id);
    expect(ev.data.previous_attributes).toMatchObject({ email: "x@example.com" });

    const page1 = await h.stripe.accounts.list({ limit: 2 });
    expect(page1.object).toBe("list");
    expect(page1.url).toBe("/v1/accounts");
    expect(page1.data).toHaveLength(2);
    expect(page1.has_more).toBe(true);
    const page2 = await h.stripe.accounts.list({ limit: 2, starting_after: page1.data[1]!.id });
    expect(page2.data[0]!.id).not.toBe(page1.data[1]!.id);
    const back = await h.stripe.accounts.list({ limit: 1, ending_before: page2.data[0]!.id });
    expect(back.data[0]!.id).toBe(page1.data[1]!.id);

    const del: Stripe.DeletedAccount = await h.stripe.accounts.del(a.id);
    expect(del.deleted).toBe(true);
    const e = await expectStripeError(h.stripe.accounts.retrieve(a.id));
    expect(e.statusCode).toBe(404);
    expect(e.code).toBe("resource_missing");
    expect(e.param).toBe("id");
  });

  it("creates login links for Express accounts only", async () => {
    const ex = await readyAccount(h);
    const link: Stripe.LoginLink = await h.stripe.accounts.createLoginLink(ex.id);
    expect(link.object).toBe("login_link");
    expect((await fetch(link.url)).status).toBe(200);
    const std = await h.stripe.accounts.create({ type: "standard" });
    const e = await expectStripeError(h.stripe.accounts.createLoginLink(std.id));
    expect(e.statusCode).toBe(400);
    expect(e.type).toBe("StripeInvalidRequestError");
  });
});

describe("account links and hosted onboarding", () => {
  const urls = { refresh_url: "http://app.test/refresh", return_url: "http://app.test/return" };

  it("validates parameters", async () => {
    const e1 = await expectStripeError(h.stripe.accountLinks.create({ account: "acct_1Nope", type: "account_onboarding", ...urls }));
    expect(e1.code).toBe("resource_missing");
    expect(e1.param).toBe("account");
    const a = await h.stripe.accounts.create({ type: "express" });
    const e2 = await expectStripeError(
      h.stripe.accountLinks.create({ account: a.id, type: "account_onboarding", return_url: urls.return_url }),
    );
    expect(e2.param).toBe("refresh_url");
  });

  it("finishes onboarding in the hosted page: 303 to return_url, account enabled, account.updated sent", async () => {
    const a = await h.stripe.accounts.create({ type: "express", email: "p@example.fr", business_profile: { name: "Poterie" } });
    const link: Stripe.AccountLink = await h.stripe.accountLinks.create({ account: a.id, type: "account_onboarding", ...urls });
    expect(link.object).toBe("account_link");
    expect(link.expires_at - link.created).toBe(300);
    const page = await fetch(link.url, { redirect: "manual" });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Comptoir");
    expect(html).toContain("p@example.fr");
    expect(html).toContain("Terminer l'inscription");
    const nonce = /name="nonce" value="([^"]+)"/.exec(html)![1]!;
    const cookie = page.headers.get("set-cookie")!.split(";")[0]!;
    // The same browser can switch language...
    const en = await fetch(`${link.url}?lang=en`, { headers: { cookie }, redirect: "manual" });
    expect(await en.text()).toContain("Finish onboarding");
    // ...but another visit without the cookie counts as reuse.
    const reuse = await fetch(link.url, { redirect: "manual" });
    expect(reuse.status).toBe(302);
    expect(reuse.headers.get("location")).toBe(urls.refresh_url);

    const done = await fetch(link.url, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie },
      body: new URLSearchParams({ nonce, outcome: "complete", email: "p@example.fr", business_name: "Poterie", url: "https://poterie.example" }),
    });
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe(urls.return_url);
    const after = await h.stripe.accounts.retrieve(a.id);
    expect(after).toMatchObject({ charges_enabled: true, payouts_enabled: true, details_submitted: true });
    expect(after.requirements?.currently_due).toEqual([]);
    expect(after.business_profile?.url).toBe("https://poterie.example");
    const ev = (await h.stripe.events.list({ type: "account.updated" }, { stripeAccount: a.id })).data[0] as Stripe.AccountUpdatedEvent;
    expect(ev.data.previous_attributes).toMatchObject({ charges_enabled: false, details_submitted: false });
    // Used link -> refresh_url.
    const again = await fetch(link.url, { headers: { cookie }, redirect: "manual" });
    expect(again.status).toBe(302);
    expect(again.headers.get("location")).toBe(urls.refresh_url);
  });

  it("expires links (clock advance) -> 302 to refresh_url", async () => {
    const a = await h.stripe.accounts.create({ type: "express" });
    const link = await h.stripe.accountLinks.create({ account: a.id, type: "account_onboarding", ...urls });
    await h.control("POST", "/_emulator/clock/advance", { seconds: 301 });
    const res = await fetch(link.url, { redirect: "manual" });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe(urls.refresh_url);
  });

  it("control API: incomplete, rejected, restrict", async () => {
    const a = await h.stripe.accounts.create({ type: "express" });
    await h.control("POST", `/_emulator/accounts/${a.id}/onboarding`, { outcome: "incomplete" });
    let got = await h.stripe.accounts.retrieve(a.id);
    expect(got.details_submitted).toBe(true);
    expect(got.charges_enabled).toBe(false);
    expect(got.requirements?.currently_due?.length).toBeGreaterThan(0);

    await h.control("POST", `/_emulator/accounts/${a.id}/onboarding`, { outcome: "rejected" });
    got = await h.stripe.accounts.retrieve(a.id);
    expect(got.requirements?.disabled_reason).toBe("rejected.other");

    const b = await readyAccount(h);
    const r = await h.control("POST", `/_emulator/accounts/${b.id}/restrict`, {});
    expect(r.status).toBe(200);
    got = await h.stripe.accounts.retrieve(b.id);
    expect(got.charges_enabled).toBe(false);
    expect(got.requirements?.past_due?.length).toBeGreaterThan(0);
    expect(got.requirements?.current_deadline).toEqual(expect.any(Number));
    expect(got.requirements?.disabled_reason).toBe("requirements.past_due");
  });

  it("fixtures: PUT upserts an account with a fixed id, idempotently and silently", async () => {
    const body = { state: "complete", email: "demo@example.fr", country: "FR", default_currency: "eur", display_name: "Demo Shop", type: "express" };
    const r1 = await h.control<Stripe.Account>("PUT", "/_emulator/accounts/acct_1DemoShop000001", body);
    const r2 = await h.control<Stripe.Account>("PUT", "/_emulator/accounts/acct_1DemoShop000001", body);
    expect(r1.status).toBe(200);
    expect(r2.body.created).toBe(r1.body.created);
    const a = await h.stripe.accounts.retrieve("acct_1DemoShop000001");
    expect(a).toMatchObject({ charges_enabled: true, email: "demo@example.fr", settings: { dashboard: { display_name: "Demo Shop" } } });
    const r3 = await h.control<Stripe.Account>("POST", "/_emulator/fixtures/accounts", { id: "acct_1DemoShop000002", state: "not_started" });
    expect(r3.body.details_submitted).toBe(false);
    expect((await h.stripe.events.list({}, { stripeAccount: "acct_1DemoShop000001" })).data).toHaveLength(0);
    const deadline = Math.floor(Date.now() / 1000) + 4 * 86400;
    const r4 = await h.control<Stripe.Account>("PUT", "/_emulator/accounts/acct_1DemoShop000003", {
      id: "acct_1DemoShop000003",
      state: "incomplete",
      fields: ["individual.verification.document"],
      type: "standard",
      business_profile: { name: "Olivia" },
      metadata: { shop_slug: "olivia" },
      current_deadline: deadline,
    });
    expect(r4.body).toMatchObject({
      type: "standard",
      charges_enabled: false,
      metadata: { shop_slug: "olivia" },
      business_profile: { name: "Olivia" },
      requirements: { currently_due: ["individual.verification.document"], current_deadline: deadline },
    });
    const bad = await fetch(`${h.emu.url}/_emulator/accounts/acct_1X`, { method: "PUT", headers: { authorization: "Bearer nope" } });
    expect(bad.status).toBe(401);
    expect(KEY).toMatch(/^sk_test_/);
  });
});
