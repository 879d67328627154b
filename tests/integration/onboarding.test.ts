import type Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { POST as connectRoute } from "@/app/api/stripe/connect/webhook/route";
import { delivering, drainJobs, retryWaitingJobsNow } from "../support/jobs";
import { paymentsState } from "@/lib/connect/account-state";
import { ensureConnectedAccount, startOnboarding } from "@/lib/connect/onboarding";
import { refreshConnectedAccount } from "@/lib/connect/refresh-account";
import { db } from "@/lib/db";
import { findOwnedShop } from "@/lib/shops/owned-shop";
import { createConnectedAccount } from "@/lib/stripe/create-connected-account";
import { classifyStripeError } from "@/lib/stripe/errors";
import { createSeller, createShopFor } from "../support/factories";
import { startEmulatorForFile } from "../support/stripe-emulator";

// The route records and queues; a worker (here, drained after each call) applies.
const connectWebhook = delivering(connectRoute);

const stripe = startEmulatorForFile();
const WEBHOOK_URL = "http://localhost:3999/api/stripe/connect/webhook";

async function sellerWithShop(country = "FR") {
  const seller = await createSeller();
  const shop = await createShopFor(seller.id, { country, name: "Atelier Test" });
  return { seller, shop: (await findOwnedShop(seller.id, shop.id))! };
}

async function accountsOnStripe(shopId: string) {
  const list = await stripe.stripe.accounts.list({ limit: 100 });
  return list.data.filter((account) => account.metadata?.shop_id === shopId);
}

function accountEvent(account: Stripe.Account, id = `evt_${Math.random().toString(36).slice(2)}`) {
  return {
    id,
    object: "event",
    api_version: "2026-10-28.endive",
    created: Math.floor(Date.now() / 1000),
    type: "account.updated",
    account: account.id,
    data: { object: account, previous_attributes: {} },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
  };
}

describe("setting up payments", () => {
  it("creates one prefilled connected account per shop and an onboarding link", async () => {
    const { seller, shop } = await sellerWithShop();
    const url = await startOnboarding(shop);
    expect(url).toContain(stripe.emulator.url);

    const row = await db.connectedAccount.findUniqueOrThrow({ where: { shopId: shop.id } });
    const account = await stripe.stripe.accounts.retrieve(row.stripeAccountId);
    expect(account.email).toBe(seller.email);
    expect(account.country).toBe("FR");
    expect(account.business_profile?.name).toBe("Atelier Test");
    expect(account.controller?.fees?.payer).toBe("account");
    expect(row.chargesEnabled).toBe(false);

    // Pressing the button again reuses the account.
    await startOnboarding((await findOwnedShop(seller.id, shop.id))!);
    expect(await accountsOnStripe(shop.id)).toHaveLength(1);
  });

  it("recovers the account when the process died between Stripe's answer and the database write", async () => {
    const { shop } = await sellerWithShop();
    // First attempt: Stripe created the account, then the write never happened.
    const lost = await createConnectedAccount({ shopId: shop.id, kind: "standard", email: shop.owner.email, country: "FR", shopName: shop.name, shopUrl: null });
    expect(await db.connectedAccount.count({ where: { shopId: shop.id } })).toBe(0);

    const accountId = await ensureConnectedAccount(shop);
    expect(accountId).toBe(lost.id);
    expect(await accountsOnStripe(shop.id)).toHaveLength(1);
  });

  it("creates a single account when the button is pressed many times at once", async () => {
    const { shop } = await sellerWithShop();
    const ids = await Promise.all(Array.from({ length: 6 }, () => ensureConnectedAccount(shop).catch((e: unknown) => e)));
    const accountIds = ids.filter((value): value is string => typeof value === "string");
    expect(new Set(accountIds).size).toBe(1);
    expect(await accountsOnStripe(shop.id)).toHaveLength(1);
    expect(await db.connectedAccount.count({ where: { shopId: shop.id } })).toBe(1);
  });

  it.each([
    [500, "unavailable"],
    [429, "rate_limited"],
  ] as const)("reports a Stripe %s clearly, saves nothing, and the retry creates one account", async (status, kind) => {
    const { seller, shop } = await sellerWithShop();
    await stripe.control("POST", "/_emulator/faults", { api: { status: String(status), count: 1, path: "/v1/accounts" } });
    const error = await startOnboarding(shop).catch((e: unknown) => e);
    expect(classifyStripeError(error).kind).toBe(kind);
    expect(await db.connectedAccount.count({ where: { shopId: shop.id } })).toBe(0);

    await startOnboarding((await findOwnedShop(seller.id, shop.id))!);
    expect(await accountsOnStripe(shop.id)).toHaveLength(1);
  });

  it("a request that timed out after Stripe created the account does not create a second one", async () => {
    const { seller, shop } = await sellerWithShop();
    // Two: the SDK itself retries a closed connection once, with the same idempotency key.
    await stripe.control("POST", "/_emulator/faults", { api: { status: "timeout", count: 2, path: "/v1/accounts", execute: true, hold_ms: 200 } });
    const error = await startOnboarding(shop).catch((e: unknown) => e);
    expect(classifyStripeError(error).kind).toBe("unavailable");

    await startOnboarding((await findOwnedShop(seller.id, shop.id))!);
    expect(await accountsOnStripe(shop.id)).toHaveLength(1);
  });

  it("never shows one seller's shop to another", async () => {
    const { shop } = await sellerWithShop();
    const other = await createSeller();
    expect(await findOwnedShop(other.id, shop.id)).toBeNull();
  });
});

describe("returning from onboarding", () => {
  it.each([
    ["incomplete", "info_due"],
    ["complete", "ready"],
    ["rejected", "rejected"],
  ] as const)("an onboarding left %s shows %s", async (outcome, expected) => {
    const { shop } = await sellerWithShop();
    await startOnboarding(shop);
    const { stripeAccountId } = await db.connectedAccount.findUniqueOrThrow({ where: { shopId: shop.id } });
    await stripe.control("POST", `/_emulator/accounts/${stripeAccountId}/onboarding`, { outcome });

    const synced = await refreshConnectedAccount(stripeAccountId);
    expect(synced && paymentsState(synced)).toBe(expected);
    if (outcome === "incomplete") {
      expect(synced?.detailsSubmitted).toBe(true);
      expect(synced?.currentlyDue.length).toBeGreaterThan(0);
    }
    if (outcome === "complete") expect(synced).toMatchObject({ chargesEnabled: true, payoutsEnabled: true, currentlyDue: [] });
  });
});

describe("account.updated on the Connect webhook", () => {
  async function onboardedAccount(outcome: "complete" | "incomplete") {
    const { shop } = await sellerWithShop();
    await startOnboarding(shop);
    const { stripeAccountId } = await db.connectedAccount.findUniqueOrThrow({ where: { shopId: shop.id } });
    await stripe.control("POST", `/_emulator/accounts/${stripeAccountId}/onboarding`, { outcome });
    return { shop, account: await stripe.stripe.accounts.retrieve(stripeAccountId) };
  }

  it("syncs the shop from Stripe's current state and records the event once", async () => {
    const { shop, account } = await onboardedAccount("complete");
    const event = accountEvent(account);
    const response = await connectWebhook(stripe.signedRequest(WEBHOOK_URL, event));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ result: "queued" });
    const row = await db.connectedAccount.findUniqueOrThrow({ where: { shopId: shop.id } });
    expect(row.chargesEnabled).toBe(true);

    const again = await connectWebhook(stripe.signedRequest(WEBHOOK_URL, event));
    expect(await again.json()).toMatchObject({ result: "duplicate" });
    const recorded = await db.stripeEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(recorded).toMatchObject({ status: "PROCESSED", type: "account.updated", account: account.id, attempts: 1 });
  });

  it("lets the account's current state win over an older event delivered last", async () => {
    const { shop, account } = await onboardedAccount("incomplete");
    const olderPayload = await stripe.stripe.accounts.retrieve(account.id); // charges disabled
    await stripe.control("POST", `/_emulator/accounts/${account.id}/onboarding`, { outcome: "complete" });
    const newerPayload = await stripe.stripe.accounts.retrieve(account.id);

    await connectWebhook(stripe.signedRequest(WEBHOOK_URL, accountEvent(newerPayload)));
    await connectWebhook(stripe.signedRequest(WEBHOOK_URL, accountEvent(olderPayload)));
    const row = await db.connectedAccount.findUniqueOrThrow({ where: { shopId: shop.id } });
    expect(row.chargesEnabled).toBe(true);
    expect(paymentsState(row)).toBe("ready");
  });

  it("shows a restriction as soon as Stripe disables charges", async () => {
    const { shop, account } = await onboardedAccount("complete");
    await stripe.control("POST", `/_emulator/accounts/${account.id}/restrict`, {});
    const restricted = await stripe.stripe.accounts.retrieve(account.id);
    await connectWebhook(stripe.signedRequest(WEBHOOK_URL, accountEvent(restricted)));
    const row = await db.connectedAccount.findUniqueOrThrow({ where: { shopId: shop.id } });
    expect(row.chargesEnabled).toBe(false);
    expect(row.pastDue.length + row.currentlyDue.length).toBeGreaterThan(0);
    expect(paymentsState(row)).toBe("info_due");
  });

  it("processes ten concurrent copies of one event once", async () => {
    const { account } = await onboardedAccount("complete");
    const event = accountEvent(account);
    const responses = await Promise.all(Array.from({ length: 10 }, () => connectWebhook(stripe.signedRequest(WEBHOOK_URL, event))));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(200));
    const results = await Promise.all(responses.map(async (r) => ((await r.json()) as { result: string }).result));
    expect(results.filter((r) => r === "queued")).toHaveLength(1);
    expect(results.filter((r) => r === "duplicate")).toHaveLength(9);
  });

  it("refuses missing, wrong and stale signatures with 400 and records nothing", async () => {
    const { account } = await onboardedAccount("complete");
    const event = accountEvent(account);
    const unsigned = new Request(WEBHOOK_URL, { method: "POST", body: JSON.stringify(event) });
    expect((await connectWebhook(unsigned)).status).toBe(400);
    expect((await connectWebhook(stripe.signedRequest(WEBHOOK_URL, event, { secret: "whsec_wrong" }))).status).toBe(400);
    const stale = stripe.signedRequest(WEBHOOK_URL, event, { timestamp: Math.floor(Date.now() / 1000) - 3600 });
    expect((await connectWebhook(stale)).status).toBe(400);
    expect(await db.stripeEvent.count({ where: { id: event.id } })).toBe(0);
  });

  it("acknowledges at once when Stripe cannot be read, and the queue's retry applies it", async () => {
    const { shop, account } = await onboardedAccount("complete");
    const event = accountEvent(account);
    await stripe.control("POST", "/_emulator/faults", { api: { status: "500", count: 1, path: `/v1/accounts/${account.id}` } });
    const failed = await connectWebhook(stripe.signedRequest(WEBHOOK_URL, event));
    expect(failed.status).toBe(200);
    expect(await db.stripeEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ status: "PROCESSING", attempts: 1 });
    expect((await db.connectedAccount.findUniqueOrThrow({ where: { shopId: shop.id } })).chargesEnabled).toBe(false);

    await retryWaitingJobsNow();
    await drainJobs();
    expect((await db.connectedAccount.findUniqueOrThrow({ where: { shopId: shop.id } })).chargesEnabled).toBe(true);
    expect(await db.stripeEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ status: "PROCESSED", lastError: null });
  });

  it("answers 200 to events nobody handles", async () => {
    const { account } = await onboardedAccount("complete");
    const response = await connectWebhook(stripe.signedRequest(WEBHOOK_URL, { ...accountEvent(account), type: "capability.updated" }));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ result: "ignored" });
  });
});
