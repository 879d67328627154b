import { randomBytes } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import pg from "pg";
import { splitSchema } from "../../lib/database-url.mjs";
import { emulatorUrl } from "./stripe";

const key = process.env.STRIPE_SECRET_KEY ?? "sk_test_emulator_local";

/** Runs `work` on a connection to the journeys' database, in its schema (DATABASE_URL's `schema`). */
export async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const { url, schema = "public" } = splitSchema(process.env.DATABASE_URL!);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`SET search_path TO "${schema}"`);
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A shop of its own for a journey that changes its payment experience (the seeded shop stays on
 * hosted Checkout for the other journeys running at the same time): an onboarded connected
 * account in the emulator, and the shop, account and one product in the journeys' database.
 */
export async function shopWithExperience(
  request: APIRequestContext,
  experience: "hosted" | "embedded" | "payment_element" | null,
  productName: string,
) {
  const suffix = randomBytes(4).toString("hex");
  const accountId = `acct_1E2e${suffix}`;
  const response = await request.put(`${emulatorUrl}/_emulator/accounts/${accountId}`, {
    headers: { authorization: `Bearer ${key}` },
    data: {
      state: "complete",
      email: `shop-${suffix}@example.fr`,
      country: "FR",
      default_currency: "eur",
      display_name: `Boutique ${suffix}`,
    },
  });
  if (!response.ok()) throw new Error(`emulator account: ${response.status()} ${await response.text()}`);

  return withDatabase(async (client) => {
    const id = (kind: string) => `e2e${kind}${suffix}${randomBytes(4).toString("hex")}`;
    const [userId, shopId, productId] = [id("u"), id("s"), id("p")];
    const name = `Boutique ${suffix}`;
    await client.query(`INSERT INTO "User" (id, email, name, role, "updatedAt") VALUES ($1, $2, $3, 'SELLER', now())`, [
      userId,
      `seller-${suffix}@example.fr`,
      name,
    ]);
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
  });
}

/** The charges Stripe holds for a PaymentIntent on the seller's account. */
export async function chargesOf(
  request: APIRequestContext,
  accountId: string,
): Promise<{ status: string; amount: number; payment_intent: string }[]> {
  const response = await request.get(`${emulatorUrl}/v1/charges?limit=100`, {
    headers: { authorization: `Bearer ${key}`, "stripe-account": accountId },
  });
  return ((await response.json()) as { data: { status: string; amount: number; payment_intent: string }[] }).data;
}

/**
 * A shop of its own that ships (issue 15): shop and product from shopWithExperience (hosted
 * Checkout), then its countries and flat rate, and two people who can sign in with the demo
 * password (the seeded seller's hash): the shop's seller and a buyer. The seeded shops keep no
 * shipping settings, so other journeys' expectations do not move.
 */
export async function shippingShop(
  request: APIRequestContext,
  productName: string,
  rate: { shipsTo: string[]; flatAmount: number },
  experience: "hosted" | "payment_element" | null = null,
) {
  const shop = await shopWithExperience(request, experience, productName);
  const suffix = randomBytes(4).toString("hex");
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ passwordHash: string; ownerId: string }>(
      `SELECT u."passwordHash", s."ownerId" FROM "User" u, "Shop" s WHERE u.email = 'claire@comptoir.test' AND s.id = $1`,
      [shop.shopId],
    );
    const { passwordHash, ownerId } = rows[0]!;
    const sellerEmail = `vendeur-${suffix}@example.fr`;
    const buyerEmail = `acheteur-${suffix}@example.fr`;
    await client.query(`UPDATE "User" SET email = $1, "passwordHash" = $2 WHERE id = $3`, [
      sellerEmail,
      passwordHash,
      ownerId,
    ]);
    await client.query(
      `INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt") VALUES ($1, $2, 'Jeanne Martin', 'BUYER', $3, now())`,
      [`e2eb${suffix}`, buyerEmail, passwordHash],
    );
    await client.query(`UPDATE "Shop" SET "shipsTo" = $1 WHERE id = $2`, [rate.shipsTo, shop.shopId]);
    await client.query(
      `INSERT INTO "ShopShippingRate" ("shopId", currency, "flatAmount", "freeAbove", "updatedAt") VALUES ($1, 'eur', $2, NULL, now())`,
      [shop.shopId, rate.flatAmount],
    );
    return { ...shop, sellerEmail, buyerEmail };
  });
}

/** The latest order of a shop (a journey reads where the buyer's order page is). */
export async function latestOrderOf(shopId: string): Promise<string> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `SELECT id FROM "Order" WHERE "shopId" = $1 ORDER BY "createdAt" DESC LIMIT 1`,
      [shopId],
    );
    return rows[0]!.id;
  });
}
