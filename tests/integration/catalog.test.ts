import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { shopCanSell } from "@/lib/catalog/availability";
import { getProductPage, getShopPage, listLatestProducts, listShops, searchProducts, searchTerms } from "@/lib/catalog/queries";
import { productSearchText } from "@/lib/catalog/search-text";
import { stockState } from "@/lib/catalog/stock";
import { createSeller, createShopFor } from "../support/factories";

type ShopKind = "sellable" | "no-account" | "charges-disabled" | "suspended";

/** A shop in one of the states a buyer can meet. */
async function shopOfKind(kind: ShopKind, name?: string) {
  const seller = await createSeller();
  const shop = await createShopFor(seller.id, { name });
  if (kind === "sellable" || kind === "charges-disabled" || kind === "suspended") {
    await db.connectedAccount.create({
      data: { shopId: shop.id, stripeAccountId: `acct_${randomBytes(6).toString("hex")}`, chargesEnabled: kind !== "charges-disabled" },
    });
  }
  if (kind === "suspended") await db.shop.update({ where: { id: shop.id }, data: { status: "SUSPENDED" } });
  return shop;
}

async function product(shopId: string, fields: { name: string; description?: string; priceAmount?: number; stock?: number | null; active?: boolean; createdAt?: Date }) {
  const description = fields.description ?? "";
  return db.product.create({
    data: {
      shopId,
      name: fields.name,
      description,
      priceAmount: fields.priceAmount ?? 1000,
      currency: "eur",
      stock: fields.stock === undefined ? null : fields.stock,
      active: fields.active ?? true,
      createdAt: fields.createdAt,
      searchText: productSearchText({ name: fields.name, description }),
    },
  });
}

/** A word no other test uses, so that searches see only this test's products. */
const unique = () => `zq${randomBytes(4).toString("hex")}`;

describe("searchProducts", () => {
  it("ignores case and accents in names and descriptions", async () => {
    const tag = unique();
    const shop = await shopOfKind("sellable");
    const creme = await product(shop.id, { name: `Crème brûlée ${tag}` });
    const cafe = await product(shop.id, { name: `Tasse ${tag}`, description: "Pour le CAFÉ du matin" });
    await product(shop.id, { name: `Théière ${tag}` });

    const names = async (q: string) => (await searchProducts(q)).products.map((p) => p.id);
    expect(await names(`creme ${tag}`)).toEqual([creme.id]);
    expect(await names(`CRÈME ${tag}`)).toEqual([creme.id]);
    expect(await names(`BRULEE ${tag}`)).toEqual([creme.id]);
    expect(await names(`cafe ${tag}`)).toEqual([cafe.id]);
    expect(await names(`Café ${tag.toUpperCase()}`)).toEqual([cafe.id]);
    // Every word must match, in any order.
    expect(await names(`${tag} brulee creme`)).toEqual([creme.id]);
    expect(await names(`creme cafe ${tag}`)).toEqual([]);
  });

  it("matches the shop's name, with or without its accents", async () => {
    const tag = unique();
    const shop = await shopOfKind("sellable", `Brûlerie ${tag}`);
    const item = await product(shop.id, { name: "Moulin manuel" });
    expect((await searchProducts(`brûlerie ${tag}`)).products.map((p) => p.id)).toEqual([item.id]);
    // The factory's slug is not the name; an accent-free name match goes through searchText or slug.
    await db.shop.update({ where: { id: shop.id }, data: { slug: `brulerie-${tag}` } });
    expect((await searchProducts(`brulerie ${tag}`)).products.map((p) => p.id)).toEqual([item.id]);
  });

  it("leaves out withdrawn products and suspended shops, and marks unsellable shops' products", async () => {
    const tag = unique();
    const [sellable, noAccount, disabled, suspended] = await Promise.all([
      shopOfKind("sellable"),
      shopOfKind("no-account"),
      shopOfKind("charges-disabled"),
      shopOfKind("suspended"),
    ]);
    const a = await product(sellable.id, { name: `A ${tag}` });
    await product(sellable.id, { name: `B ${tag}`, active: false });
    const c = await product(noAccount.id, { name: `C ${tag}` });
    const d = await product(disabled.id, { name: `D ${tag}` });
    await product(suspended.id, { name: `E ${tag}` });

    const result = await searchProducts(tag);
    expect(result.total).toBe(3);
    expect(result.products.map((p) => [p.id, p.available])).toEqual([
      [a.id, true],
      [c.id, false],
      [d.id, false],
    ]);
  });

  it("lists products of shops that can sell first, then by name", async () => {
    const tag = unique();
    const [sellable, unsellable] = await Promise.all([shopOfKind("sellable"), shopOfKind("no-account")]);
    await product(unsellable.id, { name: `Aaa ${tag}` });
    await product(sellable.id, { name: `Zzz ${tag}` });
    await product(sellable.id, { name: `Mmm ${tag}` });
    const { products } = await searchProducts(tag);
    expect(products.map((p) => p.name)).toEqual([`Mmm ${tag}`, `Zzz ${tag}`, `Aaa ${tag}`]);
  });

  it("paginates 24 per page across both groups, without overlaps, and clamps pages past the end", async () => {
    const tag = unique();
    const [sellable, unsellable] = await Promise.all([shopOfKind("sellable"), shopOfKind("no-account")]);
    const rows = [];
    for (let i = 0; i < 20; i++) rows.push({ shopId: sellable.id, name: `S${String(i).padStart(2, "0")} ${tag}` });
    for (let i = 0; i < 10; i++) rows.push({ shopId: unsellable.id, name: `U${String(i).padStart(2, "0")} ${tag}` });
    await db.product.createMany({
      data: rows.map((row) => ({ ...row, priceAmount: 500, currency: "eur", searchText: productSearchText({ name: row.name, description: "" }) })),
    });

    const first = await searchProducts(tag);
    expect(first).toMatchObject({ total: 30, page: 1, pageSize: 24, pageCount: 2 });
    expect(first.products).toHaveLength(24);
    expect(first.products.slice(0, 20).every((p) => p.available)).toBe(true);
    expect(first.products.slice(20).map((p) => p.name)).toEqual([0, 1, 2, 3].map((i) => `U0${i} ${tag}`));

    const second = await searchProducts(tag, { page: 2 });
    expect(second.page).toBe(2);
    expect(second.products.map((p) => p.name)).toEqual([4, 5, 6, 7, 8, 9].map((i) => `U0${i} ${tag}`));
    const all = new Set([...first.products, ...second.products].map((p) => p.id));
    expect(all.size).toBe(30);

    expect((await searchProducts(tag, { page: 99 })).page).toBe(2);
    expect((await searchProducts(tag, { page: 0 })).page).toBe(1);
    expect((await searchProducts(tag, { page: 3, pageSize: 10 })).products.map((p) => p.name)).toEqual(
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => `U0${i} ${tag}`),
    );
  });

  it("returns nothing for a blank query", async () => {
    expect(await searchProducts("   ")).toMatchObject({ products: [], total: 0, pageCount: 0 });
    expect(searchTerms("  Crème   creme CRÈME brûlée ")).toEqual([
      { raw: "Crème", normalized: "creme" },
      { raw: "brûlée", normalized: "brulee" },
    ]);
  });
});

describe("listings", () => {
  it("puts products of shops that can sell first on the home page", async () => {
    const [sellable, unsellable] = await Promise.all([shopOfKind("sellable"), shopOfKind("no-account")]);
    const now = Date.now();
    // The unsellable shop's product is the newest, yet comes after the sellable ones.
    const older = await product(sellable.id, { name: "Older", createdAt: new Date(now + 60_000) });
    const newest = await product(unsellable.id, { name: "Newest", createdAt: new Date(now + 120_000) });
    const latest = await listLatestProducts(500);
    const firstUnavailable = latest.findIndex((p) => !p.available);
    expect(latest.findIndex((p) => p.id === older.id)).toBeLessThan(latest.findIndex((p) => p.id === newest.id));
    expect(latest.slice(firstUnavailable).every((p) => !p.available)).toBe(true);
    expect(latest.find((p) => p.id === newest.id)?.available).toBe(false);
  });

  it("lists shops that can sell first and leaves suspended shops out", async () => {
    const unsellable = await shopOfKind("no-account");
    const sellable = await shopOfKind("sellable");
    const suspended = await shopOfKind("suspended");
    const shops = await listShops();
    const ids = shops.map((shop) => shop.id);
    expect(ids).not.toContain(suspended.id);
    expect(ids.indexOf(sellable.id)).toBeLessThan(ids.indexOf(unsellable.id));
    expect(shops.find((shop) => shop.id === unsellable.id)?.available).toBe(false);
  });
});

describe("shop and product pages", () => {
  it("shows a listed shop with its active products, and nothing for unknown or suspended shops", async () => {
    const shop = await shopOfKind("no-account");
    const on = await product(shop.id, { name: "On sale" });
    await product(shop.id, { name: "Withdrawn", active: false });
    const page = await getShopPage(shop.slug);
    expect(page).toMatchObject({ id: shop.id, available: false });
    expect(page?.products.map((p) => p.id)).toEqual([on.id]);

    expect(await getShopPage("no-such-shop")).toBeNull();
    const suspended = await shopOfKind("suspended");
    expect(await getShopPage(suspended.slug)).toBeNull();
  });

  it("shows an active product of a listed shop only", async () => {
    const shop = await shopOfKind("sellable");
    const on = await product(shop.id, { name: "On sale", stock: 2 });
    const off = await product(shop.id, { name: "Withdrawn", active: false });
    expect(await getProductPage(on.id)).toMatchObject({ id: on.id, available: true, stock: 2, shop: { slug: shop.slug } });
    expect(await getProductPage(off.id)).toBeNull();
    expect(await getProductPage("nope")).toBeNull();

    const suspended = await shopOfKind("suspended");
    const hidden = await product(suspended.id, { name: "Hidden" });
    expect(await getProductPage(hidden.id)).toBeNull();
  });
});

describe("availability rules", () => {
  it("sells only from active shops whose charges Stripe enabled", () => {
    expect(shopCanSell({ status: "ACTIVE", stripeAccount: { chargesEnabled: true } })).toBe(true);
    expect(shopCanSell({ status: "ACTIVE", stripeAccount: { chargesEnabled: false } })).toBe(false);
    expect(shopCanSell({ status: "ACTIVE", stripeAccount: null })).toBe(false);
    expect(shopCanSell({ status: "SUSPENDED", stripeAccount: { chargesEnabled: true } })).toBe(false);
  });

  it("describes stock", () => {
    expect([null, 0, -1, 1, 5, 6].map(stockState)).toEqual(["unlimited", "sold_out", "sold_out", "low", "low", "in_stock"]);
  });
});
