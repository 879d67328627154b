import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { invalidateCatalogue, invalidateSoldOut } from "@/lib/cache/catalogue";
import { CATALOGUE_TAG, productTag, shopTag } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { releaseOrderStock, reserveStock } from "@/lib/orders/stock";
// @ts-expect-error -- plain JavaScript loaded by Next.js at run time; no declaration file
import CacheHandler, { __cacheState as state, __pollNow as pollNow, __resetCacheHandler as reset } from "@/lib/cache/next-cache-handler.mjs";
import { createSeller, createShopFor } from "../support/factories";

type Handler = {
  get(key: string, ctx?: object): Promise<{ value: unknown; lastModified: number } | null>;
  set(key: string, data: unknown, ctx?: object): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
};

const fetchEntry = (body: string) => ({ kind: "FETCH", data: { headers: {}, body, status: 200, url: "" }, revalidate: 300 });
const pageEntry = (tags: string[], html = "<html></html>") => ({ kind: "APP_PAGE", html, rscData: Buffer.from("rsc"), headers: { "x-next-cache-tags": tags.join(",") }, status: 200 });

async function productIn(shopId: string, stock: number | null = 3) {
  return db.product.create({ data: { shopId, name: "Vase", description: "", priceAmount: 1500, currency: "eur", stock, searchText: "vase" } });
}

async function tagsRecorded() {
  return (await db.cacheTagInvalidation.findMany({ select: { tag: true } })).map((row) => row.tag).sort();
}

let handler: Handler;

beforeEach(async () => {
  await db.cacheTagInvalidation.deleteMany();
  reset();
  handler = new CacheHandler({}) as Handler;
  await pollNow();
});

afterAll(async () => {
  await state.pool?.end();
});

describe("invalidateCatalogue (the helper every change calls)", () => {
  it("records the catalogue's tag, the product's and its shop's", async () => {
    const shop = await createShopFor((await createSeller()).id);
    const product = await productIn(shop.id);
    const tags = await invalidateCatalogue({ productIds: [product.id] });
    expect(tags).toEqual([CATALOGUE_TAG, productTag(product.id), shopTag(shop.slug)].sort());
    expect(await tagsRecorded()).toEqual(tags);
  });

  it("a shop's change reaches every one of its product pages", async () => {
    const shop = await createShopFor((await createSeller()).id);
    const [a, b] = [await productIn(shop.id), await productIn(shop.id)];
    await invalidateCatalogue({ shopIds: [shop.id] });
    expect(await tagsRecorded()).toEqual([CATALOGUE_TAG, productTag(a.id), productTag(b.id), shopTag(shop.slug)].sort());
  });

  it("a second invalidation moves the tag's time forward", async () => {
    await invalidateCatalogue({});
    const first = await db.cacheTagInvalidation.findUniqueOrThrow({ where: { tag: CATALOGUE_TAG } });
    await new Promise((resolve) => setTimeout(resolve, 5)); // two distinct millisecond timestamps
    await invalidateCatalogue({});
    const second = await db.cacheTagInvalidation.findUniqueOrThrow({ where: { tag: CATALOGUE_TAG } });
    expect(second.invalidatedAt.getTime()).toBeGreaterThan(first.invalidatedAt.getTime());
  });

  it("after a reservation, only products that sold out are invalidated", async () => {
    const shop = await createShopFor((await createSeller()).id);
    const soldOut = await productIn(shop.id, 0);
    const left = await productIn(shop.id, 4);
    const unlimited = await productIn(shop.id, null);
    await invalidateSoldOut([left.id, unlimited.id]);
    expect(await tagsRecorded()).toEqual([]);
    await invalidateSoldOut([soldOut.id, left.id]);
    expect(await tagsRecorded()).toContain(productTag(soldOut.id));
    expect(await tagsRecorded()).not.toContain(productTag(left.id));
  });
});

describe("stock changes call it in their transaction", () => {
  it("a release puts a sold-out product back on sale on the cached pages, once", async () => {
    const shop = await createShopFor((await createSeller()).id);
    const product = await productIn(shop.id, 1);
    const order = await db.order.create({
      data: { shopId: shop.id, subtotalAmount: 1500, applicationFeeAmount: 0, currency: "eur", items: { create: { productId: product.id, name: "Vase", unitAmount: 1500, quantity: 1 } } },
    });
    await db.$transaction(async (tx) => {
      await reserveStock(tx, { productId: product.id, name: "Vase", quantity: 1 });
      await invalidateSoldOut([product.id], tx);
    });
    expect(await tagsRecorded()).toContain(productTag(product.id));

    await db.cacheTagInvalidation.deleteMany();
    expect(await db.$transaction((tx) => releaseOrderStock(tx, order.id))).toBe(true);
    expect(await tagsRecorded()).toEqual([CATALOGUE_TAG, productTag(product.id), shopTag(shop.slug)].sort());
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(1);

    await db.cacheTagInvalidation.deleteMany();
    expect(await db.$transaction((tx) => releaseOrderStock(tx, order.id))).toBe(false); // already released: nothing changes
    expect(await tagsRecorded()).toEqual([]);
  });
});

describe("the cache handler's staleness rule", () => {
  it("serves an entry until one of its tags is invalidated by another process, then drops it", async () => {
    await handler.set("data", fetchEntry('{"n":1}'), { tags: [productTag("p1")] });
    await handler.set("other", fetchEntry('{"n":2}'), { tags: [productTag("p2")] });
    expect(await handler.get("data", { tags: [productTag("p1")] })).not.toBeNull();

    // What a worker does: a row in PostgreSQL, no call into this process.
    await db.cacheTagInvalidation.create({ data: { tag: productTag("p1"), invalidatedAt: new Date() } });
    await pollNow(); // the next poll (at most a second later in a server)
    expect(await handler.get("data", { tags: [productTag("p1")] })).toBeNull();
    expect(await handler.get("other", { tags: [productTag("p2")] })).not.toBeNull();

    // Written after the invalidation: fresh.
    await handler.set("data", fetchEntry('{"n":3}'), { tags: [productTag("p1")] });
    await pollNow();
    expect(await handler.get("data", { tags: [productTag("p1")] })).not.toBeNull();
  });

  it("a page is stale when a tag of its header (collected from its data reads) is invalidated", async () => {
    await handler.set("/fr/products/p1", pageEntry(["_N_T_/fr/products/p1", productTag("p1")]), {});
    await handler.set("/fr", pageEntry(["_N_T_/fr", CATALOGUE_TAG]), {});
    await invalidateCatalogue({ productIds: ["p1"] });
    await pollNow();
    expect(await handler.get("/fr/products/p1")).toBeNull();
    expect(await handler.get("/fr")).toBeNull(); // every change reaches the listings
  });

  it("an invalidation committed late, dated before rows already seen, is still noticed", async () => {
    await handler.set("data", fetchEntry("{}"), { tags: [productTag("late")] });
    await db.cacheTagInvalidation.create({ data: { tag: "other", invalidatedAt: new Date() } });
    await pollNow();
    // A transaction that wrote its row a minute ago commits only now.
    await db.cacheTagInvalidation.create({ data: { tag: productTag("late"), invalidatedAt: new Date(Date.now() - 60_000) } });
    await pollNow();
    expect(await handler.get("data", { tags: [productTag("late")] })).toBeNull();
  });

  it("revalidateTag in this process takes effect at once", async () => {
    await handler.set("data", fetchEntry("{}"), { tags: [shopTag("atelier")] });
    await handler.revalidateTag([shopTag("atelier")]);
    expect(await handler.get("data")).toBeNull();
  });

  it("keeps memory bounded: least recently used entries go first", async () => {
    reset();
    const small = new CacheHandler({ maxMemoryCacheSize: 10_000 }) as Handler;
    await pollNow();
    for (let i = 0; i < 20; i++) await small.set(`page-${i}`, pageEntry([], "x".repeat(1000)), {});
    expect(state.bytes).toBeLessThanOrEqual(10_000);
    expect(await small.get("page-0")).toBeNull();
    expect(await small.get("page-19")).not.toBeNull();
  });

  it("serves nothing from the cache when PostgreSQL has not been read for a while", async () => {
    await handler.set("data", fetchEntry("{}"), { tags: [] });
    state.lastSuccessAt = Date.now() - 60_000;
    state.lastPollAt = Date.now(); // no poll now: as if the last ones failed
    expect(await handler.get("data")).toBeNull();
  });
});
