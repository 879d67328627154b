import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import bcrypt from "bcryptjs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed";
import { DEMO_PASSWORD, ORDERS, PRODUCTS, SEED_USERS, SHOPS, demoConnectedAccounts } from "@/prisma/seed-data";

const root = path.resolve(import.meta.dirname, "../..");

async function counts() {
  const [users, shops, accounts, products, orders, orderItems] = await Promise.all([
    db.user.count(),
    db.shop.count(),
    db.connectedAccount.count(),
    db.product.count(),
    db.order.count(),
    db.orderItem.count(),
  ]);
  return { users, shops, accounts, products, orders, orderItems };
}

describe("demo seed", () => {
  beforeAll(async () => {
    await seed(db);
  });

  it("gives the same data when run again", async () => {
    const first = await counts();
    const orderItems = ORDERS.reduce((n, o) => n + o.items.length, 0);
    expect(first).toEqual({
      users: SEED_USERS.length,
      shops: SHOPS.length,
      accounts: 2,
      products: PRODUCTS.length,
      orders: ORDERS.length,
      orderItems,
    });
    const before = await db.order.findMany({ orderBy: { checkoutSessionId: "asc" }, omit: { updatedAt: true } });
    await seed(db);
    expect(await counts()).toEqual(first);
    // Same rows, same ids, same dates: a re-run does not shift the demo's history.
    expect(await db.order.findMany({ orderBy: { checkoutSessionId: "asc" }, omit: { updatedAt: true } })).toEqual(
      before,
    );
  });

  it("puts the three shops in the three onboarding states", async () => {
    const shops = await db.shop.findMany({ include: { stripeAccount: true, owner: true } });
    const bySlug = new Map(shops.map((shop) => [shop.slug, shop]));

    const atelier = bySlug.get("atelier-lumiere")?.stripeAccount;
    expect(atelier).toMatchObject({
      stripeAccountId: "acct_demo_atelier",
      chargesEnabled: true,
      payoutsEnabled: true,
      detailsSubmitted: true,
      currentlyDue: [],
      pastDue: [],
      disabledReason: null,
    });

    const olivia = bySlug.get("maison-olivia")?.stripeAccount;
    expect(olivia).toMatchObject({
      stripeAccountId: "acct_demo_olivia",
      chargesEnabled: false,
      detailsSubmitted: true,
      currentlyDue: ["individual.verification.document", "external_account"],
      pastDue: ["individual.verification.document", "external_account"],
      disabledReason: "requirements.past_due",
    });
    expect(olivia?.currentDeadline?.getTime()).toBeGreaterThan(Date.now());
    expect(olivia?.lastSyncedAt).toBeInstanceOf(Date);

    expect(bySlug.get("brulerie-du-port")?.stripeAccount).toBeNull();
    for (const shop of shops) expect(shop.owner.role).toBe("SELLER");

    // The local Stripe emulator is given the same accounts.
    const emulated = demoConnectedAccounts.map((a) => [a.stripeAccountId, a.emulator.state]);
    expect(emulated).toEqual([
      ["acct_demo_atelier", "complete"],
      ["acct_demo_olivia", "incomplete"],
    ]);
  });

  it("gives every demo user the demo password and the right role", async () => {
    const users = await db.user.findMany({ select: { email: true, role: true, passwordHash: true } });
    expect(users.find((u) => u.email === "admin@comptoir.test")?.role).toBe("ADMIN");
    expect(users.filter((u) => u.role === "BUYER").map((u) => u.email)).toEqual(
      expect.arrayContaining(["alice@comptoir.test", "bob@comptoir.test"]),
    );
    for (const user of users) expect(await bcrypt.compare(DEMO_PASSWORD, user.passwordHash ?? "")).toBe(true);
  });

  it("ships every product image and shop logo under public/", async () => {
    const products = await db.product.findMany({ select: { imageUrl: true } });
    const shops = await db.shop.findMany({ select: { logoUrl: true } });
    const files = [...products.map((p) => p.imageUrl), ...shops.map((s) => s.logoUrl)];
    for (const file of files) {
      expect(file).toMatch(/^\/seed\/.+\.svg$/);
      expect(existsSync(path.join(root, "public", file!)), file!).toBe(true);
    }
  });

  it("computes order fees with the platform default and stores integer money", async () => {
    const orders = await db.order.findMany({ include: { items: true } });
    const ints: number[] = [];
    for (const order of orders) {
      const subtotal = order.items.reduce((sum, item) => sum + item.unitAmount * item.quantity, 0);
      expect(order.subtotalAmount).toBe(subtotal);
      expect(order.applicationFeeAmount).toBe(Math.min(subtotal, Math.ceil((subtotal * 500) / 10_000) + 30));
      expect(order.amountRefunded).toBeLessThanOrEqual(subtotal);
      expect(order.paidAt !== null).toBe(order.paymentIntentId !== null);
      ints.push(order.subtotalAmount, order.applicationFeeAmount, order.amountRefunded);
      ints.push(...order.items.flatMap((item) => [item.unitAmount, item.quantity]));
    }
    const products = await db.product.findMany({ select: { priceAmount: true, stock: true } });
    ints.push(...products.flatMap((p) => [p.priceAmount, p.stock ?? 0]));
    // Also the source data: a 24.5 in seed-data.ts would be rounded silently by the database.
    ints.push(...PRODUCTS.map((p) => p.priceAmount), ...ORDERS.flatMap((o) => o.items.map((i) => i.unitAmount)));
    for (const value of ints) expect(Number.isInteger(value) && value >= 0, String(value)).toBe(true);
    expect(new Set(orders.map((o) => o.status))).toEqual(new Set(["PAID", "PENDING", "EXPIRED", "PARTIALLY_REFUNDED"]));
  });

  it("runs from the command line (npm run db:seed)", async () => {
    const tsx = path.join(root, "node_modules/.bin/tsx");
    const { stdout } = await promisify(execFile)(tsx, ["prisma/seed.ts"], { cwd: root, env: process.env });
    expect(stdout).toMatch(new RegExp(`^Seeded ${SEED_USERS.length} users, ${SHOPS.length} shops \\(2 Stripe accounts\\), ${PRODUCTS.length} products, ${ORDERS.length} orders\\.`));
    expect((await counts()).orders).toBe(ORDERS.length);
  });
});
