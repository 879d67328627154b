import { randomBytes } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import pg from "pg";
import { emulatorUrl } from "./stripe";

const key = process.env.STRIPE_SECRET_KEY ?? "sk_test_emulator_local";

/**
 * A shop of its own for a journey that changes its payment experience (the seeded shop stays on
 * hosted Checkout for the other journeys running at the same time): an onboarded connected
 * account in the emulator, and the shop, account and one product in the journeys' database.
 */
export async function shopWithExperience(request: APIRequestContext, experience: "hosted" | "embedded" | "payment_element" | null, productName: string) {
  const suffix = randomBytes(4).toString("hex");
  const accountId = `acct_1E2e${suffix}`;
  const response = await request.put(`${emulatorUrl}/_emulator/accounts/${accountId}`, {
    headers: { authorization: `Bearer ${key}` },
    data: { state: "complete", email: `shop-${suffix}@example.fr`, country: "FR", default_currency: "eur", display_name: `Boutique ${suffix}` },
  });
  if (!response.ok()) throw new Error(`emulator account: ${response.status()} ${await response.text()}`);

  const url = new URL(process.env.DATABASE_URL!);
  const schema = url.searchParams.get("schema") ?? "public";
  url.searchParams.delete("schema");
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(`SET search_path TO "${schema}"`);
    const id = (kind: string) => `e2e${kind}${suffix}${randomBytes(4).toString("hex")}`;
    const [userId, shopId, productId] = [id("u"), id("s"), id("p")];
    const name = `Boutique ${suffix}`;
    await client.query(`INSERT INTO "User" (id, email, name, role, "updatedAt") VALUES ($1, $2, $3, 'SELLER', now())`, [userId, `seller-${suffix}@example.fr`, name]);
    await client.query(
      `INSERT INTO "Shop" (id, "ownerId", slug, name, currency, "paymentExperience", "updatedAt") VALUES ($1, $2, $3, $4, 'eur', $5, now())`,
      [shopId, userId, `boutique-${suffix}`, name, experience],
    );
    await client.query(
      `INSERT INTO "ConnectedAccount" (id, "shopId", "stripeAccountId", "chargesEnabled", "payoutsEnabled", "detailsSubmitted", "updatedAt") VALUES ($1, $2, $3, true, true, true, now())`,
      [id("a"), shopId, accountId],
    );
    await client.query(
      `INSERT INTO "Product" (id, "shopId", name, "priceAmount", currency, "searchText", "updatedAt") VALUES ($1, $2, $3, 1800, 'eur', $4, now())`,
      [productId, shopId, productName, productName.toLowerCase()],
    );
    return { accountId, shopId, shopName: name, productId };
  } finally {
    await client.end();
  }
}

/** The charges Stripe holds for a PaymentIntent on the seller's account. */
export async function chargesOf(request: APIRequestContext, accountId: string): Promise<{ status: string; amount: number; payment_intent: string }[]> {
  const response = await request.get(`${emulatorUrl}/v1/charges?limit=100`, { headers: { authorization: `Bearer ${key}`, "stripe-account": accountId } });
  return ((await response.json()) as { data: { status: string; amount: number; payment_intent: string }[] }).data;
}
