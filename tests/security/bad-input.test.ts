import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { searchProducts } from "@/lib/catalog/queries";
import { productSearchText } from "@/lib/catalog/search-text";
import { createPrismaClient, db } from "@/lib/db";
import { createSeller, createShopFor } from "../support/factories";

// Route handlers run outside a Next.js request here: nobody is signed in, no cookies.
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }),
  headers: async () => new Headers(),
}));

const { POST: startCheckoutRoute } = await import("@/app/api/checkout/route");
const { authOptions } = await import("@/lib/auth/options");

/** Points lib/db at a port where nothing listens, as if the database were down (its next query connects anew). */
type Connected = { client: ReturnType<typeof createPrismaClient> };
const globalForDb = globalThis as unknown as { connected?: Connected };
let real: { connected: Connected | undefined; url: string | undefined } | undefined;
function takeDatabaseDown() {
  real = { connected: globalForDb.connected, url: process.env.DATABASE_URL };
  globalForDb.connected = undefined;
  process.env.DATABASE_URL = "postgresql://postgres:postgres@127.0.0.1:9/down";
}
afterEach(async () => {
  if (real) {
    await globalForDb.connected?.client.$disconnect().catch(() => {});
    globalForDb.connected = real.connected;
    process.env.DATABASE_URL = real.url;
    real = undefined;
  }
});

async function sellableShopWith(names: string[]) {
  const seller = await createSeller();
  const shop = await createShopFor(seller.id, { name: `Boutique ${randomBytes(3).toString("hex")}` });
  await db.connectedAccount.create({ data: { shopId: shop.id, stripeAccountId: `acct_${randomBytes(6).toString("hex")}`, chargesEnabled: true } });
  for (const name of names) {
    await db.product.create({ data: { shopId: shop.id, name, priceAmount: 1000, currency: "eur", searchText: productSearchText({ name, description: "" }) } });
  }
  return shop;
}

describe("search input", () => {
  it("answers a query with a NUL byte instead of failing", async () => {
    await sellableShopWith(["Tasse ab"]);
    await expect(searchProducts("a\u0000b")).resolves.toMatchObject({ page: 1 });
  });

  it("treats % and _ as characters, not wildcards", async () => {
    await sellableShopWith(["Coton 100% bio", "Lin_naturel", "Laine douce"]);
    const names = async (q: string) => (await searchProducts(q)).products.map((p) => p.name).sort();
    expect(await names("%")).toEqual(["Coton 100% bio"]);
    expect(await names("_")).toEqual(["Lin_naturel"]);
    expect(await names("l_ne")).toEqual([]);
  });
});

describe("database down", () => {
  it("sends a checkout back to the cart with a message, not an empty 500", async () => {
    takeDatabaseDown();
    const response = await startCheckoutRoute(
      new Request("http://localhost:3999/api/checkout", {
        method: "POST",
        headers: { origin: "http://localhost:3999" },
        body: new URLSearchParams({ shopId: "shop_1" }),
      }),
    );
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location")!);
    expect(location.pathname).toBe("/cart");
    expect(location.searchParams.get("checkoutError")).toBe("unknown");
  });

  it("answers a sign-in with a plain code, never the database's error", async () => {
    takeDatabaseDown();
    const credentials = authOptions().providers.find((provider) => provider.id === "credentials") as unknown as {
      options: { authorize: (credentials: Record<string, string>, req: unknown) => Promise<unknown> };
    };
    const attempt = credentials.options.authorize({ email: "someone@example.com", password: "whatever" }, { headers: {} });
    await expect(attempt).rejects.toThrow(/^unavailable$/);
  });
});
