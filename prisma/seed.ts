// Writes the demo marketplace (prisma/seed-data.ts) to the database. Idempotent: every row is
// matched by a natural key and brought back to the seed's values, so it can run on every start.
//   DATABASE_URL=postgres://... npx tsx prisma/seed.ts   (npm run db:seed)
import { createHmac } from "node:crypto";
import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import bcrypt from "bcryptjs";
import type { PrismaClient } from "@/generated/prisma/client";
import { productSearchText } from "@/lib/catalog/search-text";
import { createPrismaClient } from "@/lib/db";
import { localAuthSecret } from "@/scripts/lib/local-env";
import {
  DEMO_PASSWORD,
  ORDERS,
  PLATFORM_FEE,
  PRODUCTS,
  SEED_USERS,
  SHOPS,
  accountDeadline,
  orderSubtotal,
  platformFee,
} from "./seed-data";

const DAY_MS = 86_400_000;
const SHOP_BY_SLUG = new Map(SHOPS.map((shop) => [shop.slug, shop]));

/**
 * The demo's published password makes it unfit for a real marketplace: it runs in development and
 * tests, and elsewhere only when forced (`--force` or SEED_FORCE=1, e.g. a throwaway production
 * build the journeys run against). Returns the reason it refuses, or null.
 */
export function seedRefusal(env: Record<string, string | undefined>, argv: readonly string[]): string | null {
  const mode = env.NODE_ENV ?? "development";
  if (mode === "development" || mode === "test") return null;
  if (argv.includes("--force") || env.SEED_FORCE === "1") return null;
  return `Refusing to seed demo accounts (published password) with NODE_ENV=${mode}. Use --force (or SEED_FORCE=1) for a throwaway database.`;
}

/**
 * Seeded Checkout Session and PaymentIntent ids are derived from AUTH_SECRET: stable across runs
 * of one installation (the seed stays idempotent) but unguessable elsewhere, since the success
 * page and emails link to orders by session id.
 */
export function seededStripeId(prefix: "cs_test_seed" | "pi_seed", key: string, secret: string): string {
  return `${prefix}_${createHmac("sha256", secret).update(`${prefix}:${key}`).digest("base64url").slice(0, 32)}`;
}

export async function seed(db: PrismaClient, secret = process.env.AUTH_SECRET): Promise<void> {
  if (!secret) throw new Error("AUTH_SECRET is not set: the seed derives its demo ids from it.");
  const now = new Date();
  // Order fees below are computed with the default, so the default is reset too.
  const { feeBps, feeFixed } = PLATFORM_FEE;
  await db.platformSettings.upsert({ where: { id: 1 }, create: { id: 1, feeBps }, update: { feeBps } });
  // The demo's shops all sell in euros: the fixed part is set for EUR (other currencies: none).
  await db.platformFixedFee.upsert({ where: { currency: "eur" }, create: { currency: "eur", amount: feeFixed }, update: { amount: feeFixed } });
  const userIds = await seedUsers(db);
  const shopIds = await seedShops(db, userIds, now);
  const productIds = await seedProducts(db, shopIds);
  await seedOrders(db, { userIds, shopIds, productIds }, now, secret);
}

/** Returns user id by email. */
async function seedUsers(db: PrismaClient): Promise<Map<string, string>> {
  // bcrypt is slow on purpose: hash once per run, and only when a user has no password yet, so a
  // re-run does not hash at all (and a demo user who changed their password keeps it).
  let demoHash: string | undefined;
  const ids = new Map<string, string>();
  for (const { email, name, role, locale } of SEED_USERS) {
    const existing = await db.user.findUnique({ where: { email }, select: { passwordHash: true } });
    const passwordHash = existing?.passwordHash ? undefined : (demoHash ??= await bcrypt.hash(DEMO_PASSWORD, 10));
    const user = await db.user.upsert({
      where: { email },
      create: { email, name, role, locale, passwordHash },
      update: { name, role, locale, ...(passwordHash ? { passwordHash } : {}) },
      select: { id: true },
    });
    ids.set(email, user.id);
  }
  return ids;
}

/** Shops with their connected accounts; returns shop id by slug. */
async function seedShops(db: PrismaClient, userIds: Map<string, string>, now: Date): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const { account, ownerEmail, ...fields } of SHOPS) {
    // No fee override: the seeded orders assume the platform default.
    const data = {
      ...fields,
      ownerId: required(userIds, ownerEmail),
      status: "ACTIVE" as const,
      feeBps: null,
      feeFixed: null,
    };
    const shopId = await db.$transaction(async (tx) => {
      const shop = await tx.shop.upsert({
        where: { slug: fields.slug },
        create: data,
        update: data,
        select: { id: true },
      });
      // Drop any other account linked while playing with the demo, so each shop is back in its
      // documented onboarding state (and the upsert below cannot hit the shopId unique key).
      await tx.connectedAccount.deleteMany({
        where: { shopId: shop.id, ...(account ? { NOT: { stripeAccountId: account.stripeAccountId } } : {}) },
      });
      if (account) {
        const synced = {
          shopId: shop.id,
          chargesEnabled: account.chargesEnabled,
          payoutsEnabled: account.payoutsEnabled,
          detailsSubmitted: account.detailsSubmitted,
          currentlyDue: account.currentlyDue,
          eventuallyDue: account.eventuallyDue,
          pastDue: account.pastDue,
          pendingVerification: account.pendingVerification,
          disabledReason: account.disabledReason,
          currentDeadline: accountDeadline(account, now),
          lastSyncedAt: now,
        };
        await tx.connectedAccount.upsert({
          where: { stripeAccountId: account.stripeAccountId },
          create: { stripeAccountId: account.stripeAccountId, ...synced },
          update: synced,
        });
      }
      return shop.id;
    });
    ids.set(fields.slug, shopId);
  }
  return ids;
}

/** Returns product id by `${shopSlug}/${name}`. */
async function seedProducts(db: PrismaClient, shopIds: Map<string, string>): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [slug, shopId] of shopIds) {
    const currency = required(SHOP_BY_SLUG, slug).currency;
    await db.$transaction(async (tx) => {
      for (const { shopSlug, name, ...fields } of PRODUCTS.filter((p) => p.shopSlug === slug)) {
        const data = { ...fields, currency, searchText: productSearchText({ name, description: fields.description }) };
        // (shopId, name) is not a unique key in the schema, hence findFirst rather than upsert.
        const existing = await tx.product.findFirst({ where: { shopId, name }, select: { id: true } });
        const row = existing
          ? await tx.product.update({ where: { id: existing.id }, data, select: { id: true } })
          : await tx.product.create({ data: { ...data, shopId, name }, select: { id: true } });
        ids.set(`${shopSlug}/${name}`, row.id);
      }
    });
  }
  return ids;
}

async function seedOrders(
  db: PrismaClient,
  keys: { userIds: Map<string, string>; shopIds: Map<string, string>; productIds: Map<string, string> },
  now: Date,
  secret: string,
): Promise<void> {
  for (const o of ORDERS) {
    const subtotalAmount = orderSubtotal(o);
    const data = {
      shopId: required(keys.shopIds, o.shopSlug),
      buyerId: o.buyerEmail ? required(keys.userIds, o.buyerEmail) : null,
      guestEmail: o.guestEmail,
      status: o.status,
      subtotalAmount,
      applicationFeeAmount: platformFee(subtotalAmount),
      amountRefunded: o.amountRefunded,
      currency: required(SHOP_BY_SLUG, o.shopSlug).currency,
      paymentIntentId: o.paymentIntentId && seededStripeId("pi_seed", o.paymentIntentId, secret),
    };
    const checkoutSessionId = seededStripeId("cs_test_seed", o.checkoutSessionId, secret);
    // Dates are set on creation only: re-seeding later must not move existing orders around.
    const createdAt = new Date(now.getTime() - o.daysAgo * DAY_MS);
    const paidAt = o.paymentIntentId ? new Date(createdAt.getTime() + 2 * 60_000) : null;
    await db.$transaction(async (tx) => {
      const row = await tx.order.upsert({
        where: { checkoutSessionId },
        create: { ...data, checkoutSessionId, createdAt, paidAt },
        update: data,
        select: { id: true },
      });
      // Items have no natural key: replace them with the seed's snapshot.
      await tx.orderItem.deleteMany({ where: { orderId: row.id } });
      await tx.orderItem.createMany({
        data: o.items.map((item) => ({
          orderId: row.id,
          productId: required(keys.productIds, `${o.shopSlug}/${item.product}`),
          name: item.product,
          unitAmount: item.unitAmount,
          quantity: item.quantity,
        })),
      });
    });
  }
}

/** Map lookup that fails loudly on a typo in seed-data.ts. */
function required<V>(map: Map<string, V>, key: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`seed-data.ts refers to unknown "${key}"`);
  return value;
}

const entry = process.argv[1];
// realpath: Node resolves symlinks in import.meta.url but not in argv[1].
if (entry && import.meta.url === pathToFileURL(realpathSync(entry)).href) {
  const refusal = seedRefusal(process.env, process.argv.slice(2));
  if (refusal) {
    console.error(refusal);
    process.exit(1);
  }
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set (npm run dev starts an embedded database).");
    process.exit(1);
  }
  const db = createPrismaClient(url);
  try {
    // Run on its own in development: the same secret `npm run dev` uses, so ids stay stable.
    await seed(db, process.env.AUTH_SECRET || localAuthSecret());
    const accounts = SHOPS.filter((s) => s.account).length;
    console.log(
      `Seeded ${SEED_USERS.length} users, ${SHOPS.length} shops (${accounts} Stripe accounts), ` +
        `${PRODUCTS.length} products, ${ORDERS.length} orders. Demo password: ${DEMO_PASSWORD}`,
    );
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    await db.$disconnect();
  }
}
