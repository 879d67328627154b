import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { productSearchText } from "@/lib/catalog/search-text";
import { db } from "@/lib/db";
import { createProduct } from "@/lib/products/create-product";
import { getSellerProduct } from "@/lib/products/get-seller-product";
import { listSellerProducts } from "@/lib/products/list-seller-products";
import { setProductActive } from "@/lib/products/set-product-active";
import { updateProduct } from "@/lib/products/update-product";
import { PRODUCT_IMAGE_MAX_BYTES } from "@/lib/validations/product";
import type { ProductInput } from "@/lib/validations/product";
import { createSeller, createShopFor } from "../support/factories";

const PNG = Uint8Array.from(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64"),
);
const GIF = new TextEncoder().encode("GIF89a\x01\x00\x01\x00");
const pngFile = () => new File([PNG], "photo.png", { type: "image/png" });
const gifFile = () => new File([GIF], "photo.gif", { type: "image/gif" });

let uploadDir: string;
const previousUploadDir = process.env.UPLOAD_DIR;

const filesInUploadDir = () => readdir(uploadDir);
const storedName = (publicPath: string | null) => publicPath?.slice("/uploads/".length) ?? "";

const input = (overrides: Partial<ProductInput> = {}): ProductInput => ({
  name: "Bol en grès",
  description: "Tourné à la main, émail bleu.",
  price: "24,50",
  stock: "",
  locale: "fr",
  ...overrides,
});

async function sellerWithShop(currency = "eur") {
  const seller = await createSeller();
  const shop = await createShopFor(seller.id, { currency });
  return { seller, shop };
}

async function createOk(ownerId: string, overrides: Partial<ProductInput> = {}, image?: Blob | null) {
  const result = await createProduct(ownerId, input(overrides), image);
  if (!result.ok) throw new Error(`createProduct failed: ${JSON.stringify(result)}`);
  return db.product.findUniqueOrThrow({ where: { id: result.productId } });
}

beforeAll(async () => {
  uploadDir = await mkdtemp(path.join(tmpdir(), "comptoir-products-"));
  process.env.UPLOAD_DIR = uploadDir;
  // A real database failure on demand: any write of a product named "db-failure" is refused.
  // Raw SQL does not get the test file's schema from the adapter, so it names it.
  const schema = new URL(process.env.DATABASE_URL!).searchParams.get("schema");
  await db.$executeRawUnsafe(`
    CREATE FUNCTION "${schema}".refuse_db_failure() RETURNS trigger AS $$
    BEGIN
      IF NEW.name = 'db-failure' THEN RAISE EXCEPTION 'refused by the test trigger'; END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql`);
  await db.$executeRawUnsafe(
    `CREATE TRIGGER refuse_db_failure BEFORE INSERT OR UPDATE ON "${schema}"."Product" FOR EACH ROW EXECUTE FUNCTION "${schema}".refuse_db_failure()`,
  );
});

beforeEach(async () => {
  for (const name of await readdir(uploadDir)) await rm(path.join(uploadDir, name));
});

afterAll(async () => {
  process.env.UPLOAD_DIR = previousUploadDir;
  await rm(uploadDir, { recursive: true, force: true });
});

describe("createProduct", () => {
  it("creates an active product in the shop's currency, with its image and search text", async () => {
    const { seller, shop } = await sellerWithShop("eur");
    const product = await createOk(seller.id, { name: "  Crème brûlée  ", stock: "3" }, pngFile());
    expect(product).toMatchObject({
      shopId: shop.id,
      name: "Crème brûlée",
      description: "Tourné à la main, émail bleu.",
      priceAmount: 2450,
      currency: "eur",
      stock: 3,
      active: true,
      searchText: "creme brulee tourne a la main, email bleu.",
    });
    expect(product.imageUrl).toMatch(/^\/uploads\/[a-f0-9]{32}\.png$/);
    expect(new Uint8Array(await readFile(path.join(uploadDir, storedName(product.imageUrl))))).toEqual(PNG);
    expect(await filesInUploadDir()).toEqual([storedName(product.imageUrl)]);
  });

  it("reads an empty stock as unlimited, zero as sold out, and works without an image or description", async () => {
    const { seller } = await sellerWithShop();
    expect(await createOk(seller.id, { stock: "" })).toMatchObject({ stock: null, imageUrl: null });
    expect(await createOk(seller.id, { stock: "   " })).toMatchObject({ stock: null });
    expect(await createOk(seller.id, { stock: null })).toMatchObject({ stock: null });
    expect(await createOk(seller.id, { stock: "0" })).toMatchObject({ stock: 0 });
    expect(await createOk(seller.id, { stock: "100000" })).toMatchObject({ stock: 100_000 });
    expect(await createOk(seller.id, { stock: "1 000" })).toMatchObject({ stock: 1000 });
    expect(await createOk(seller.id, { description: undefined })).toMatchObject({ description: "" });
    expect(await filesInUploadDir()).toEqual([]);
  });

  it("prices in the shop's currency whatever the form says, zero-decimal currencies included", async () => {
    const { seller } = await sellerWithShop("jpy");
    const tainted = { ...input({ price: "1500" }), currency: "eur", priceAmount: 1, shopId: "other" } as ProductInput;
    const result = await createProduct(seller.id, tainted);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const product = await db.product.findUniqueOrThrow({ where: { id: result.productId }, include: { shop: true } });
    expect(product).toMatchObject({ priceAmount: 1500, currency: "jpy" });
    expect(product.shop.ownerId).toBe(seller.id);

    expect(await createProduct(seller.id, input({ price: "1500,5" }))).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { price: "priceTooManyDecimals" },
    });
  });

  it("reads thousands separators with the seller's locale", async () => {
    const { seller } = await sellerWithShop("usd");
    expect(await createOk(seller.id, { price: "1,234.50", locale: "en" })).toMatchObject({ priceAmount: 123450, currency: "usd" });
    expect(await createOk(seller.id, { price: "1,234", locale: "en" })).toMatchObject({ priceAmount: 123400 });
    expect(await createProduct(seller.id, input({ price: "1,234", locale: "fr" }))).toMatchObject({
      fieldErrors: { price: "priceTooManyDecimals" },
    });
  });

  describe("refuses invalid input inline and saves nothing, image included", () => {
    const cases: [string, Partial<ProductInput>, Record<string, string>][] = [
      ["an empty name", { name: "   " }, { name: "nameRequired" }],
      ["a name over 120 characters", { name: "n".repeat(121) }, { name: "nameTooLong" }],
      ["a description over 2000 characters", { description: "d".repeat(2001) }, { description: "descriptionTooLong" }],
      ["no price", { price: "  " }, { price: "priceRequired" }],
      ["a price that is not a number", { price: "douze" }, { price: "priceInvalid" }],
      ["a price of zero", { price: "0,00" }, { price: "priceNotPositive" }],
      ["a negative price", { price: "-3" }, { price: "priceNotPositive" }],
      ["a price with three decimals", { price: "24,505" }, { price: "priceTooManyDecimals" }],
      ["a price over Stripe's maximum", { price: "1 000 000" }, { price: "priceTooLarge" }],
      ["a negative stock", { stock: "-1" }, { stock: "stockInvalid" }],
      ["a fractional stock", { stock: "2,5" }, { stock: "stockInvalid" }],
      ["a stock that is not a number", { stock: "beaucoup" }, { stock: "stockInvalid" }],
      ["a stock over 100000", { stock: "100001" }, { stock: "stockTooLarge" }],
      ["a huge stock", { stock: "9".repeat(30) }, { stock: "stockTooLarge" }],
    ];

    it.each(cases)("%s", async (_label, overrides, expected) => {
      const { seller } = await sellerWithShop();
      const before = await db.product.count();
      expect(await createProduct(seller.id, input(overrides), pngFile())).toEqual({ ok: false, reason: "invalid", fieldErrors: expected });
      expect(await db.product.count()).toBe(before);
      expect(await filesInUploadDir()).toEqual([]);
    });

    it("reports every invalid field at once", async () => {
      const { seller } = await sellerWithShop();
      const svg = new File(['<svg xmlns="http://www.w3.org/2000/svg"/>'], "x.png", { type: "image/png" });
      expect(await createProduct(seller.id, { name: "", price: "abc", stock: "-2", description: "d".repeat(2001) }, svg)).toEqual({
        ok: false,
        reason: "invalid",
        fieldErrors: {
          name: "nameRequired",
          price: "priceInvalid",
          stock: "stockInvalid",
          description: "descriptionTooLong",
          image: "imageUnsupportedType",
        },
      });
      expect(await db.product.count({ where: { shop: { ownerId: seller.id } } })).toBe(0);
    });
  });

  it("checks the image's bytes and size, not its name or declared type", async () => {
    const { seller } = await sellerWithShop();
    const html = new File(["<html><script>alert(1)</script></html>"], "photo.png", { type: "image/png" });
    expect(await createProduct(seller.id, input(), html)).toMatchObject({ fieldErrors: { image: "imageUnsupportedType" } });
    const tooLarge = new File([PNG, new Uint8Array(PRODUCT_IMAGE_MAX_BYTES)], "big.png", { type: "image/png" });
    expect(await createProduct(seller.id, input(), tooLarge)).toMatchObject({ fieldErrors: { image: "imageTooLarge" } });
    expect(await db.product.count({ where: { shop: { ownerId: seller.id } } })).toBe(0);
    expect(await filesInUploadDir()).toEqual([]);

    const exactly2MB = new File([PNG, new Uint8Array(PRODUCT_IMAGE_MAX_BYTES - PNG.length)], "ok.png", { type: "" });
    expect((await createOk(seller.id, {}, exactly2MB)).imageUrl).toMatch(/\.png$/);
    expect((await createOk(seller.id, {}, gifFile())).imageUrl).toMatch(/\.gif$/);
    // An empty file input (nothing chosen) is no image at all.
    expect((await createOk(seller.id, {}, new File([], ""))).imageUrl).toBeNull();
    expect(await filesInUploadDir()).toHaveLength(2);
  });

  it("answers noShop to a seller without a shop", async () => {
    const seller = await createSeller();
    const before = await db.product.count();
    expect(await createProduct(seller.id, input(), pngFile())).toEqual({ ok: false, reason: "noShop" });
    expect(await db.product.count()).toBe(before);
    expect(await filesInUploadDir()).toEqual([]);
  });

  it("removes the stored image when the database write fails", async () => {
    const { seller } = await sellerWithShop();
    await expect(createProduct(seller.id, input({ name: "db-failure" }), pngFile())).rejects.toThrow(/refused by the test trigger/);
    expect(await db.product.count({ where: { shop: { ownerId: seller.id } } })).toBe(0);
    expect(await filesInUploadDir()).toEqual([]);
  });
});

describe("updateProduct", () => {
  it("edits the fields, keeps the image when none is sent, and keeps searchText up to date", async () => {
    const { seller } = await sellerWithShop();
    const product = await createOk(seller.id, { name: "Bougie", description: "Cire de soja", stock: "4" }, pngFile());
    const result = await updateProduct(seller.id, product.id, input({ name: "Crème de marrons", description: "Pot de 250 g", price: "7.90", stock: "" }));
    expect(result).toEqual({ ok: true, productId: product.id });
    const updated = await db.product.findUniqueOrThrow({ where: { id: product.id } });
    expect(updated).toMatchObject({
      name: "Crème de marrons",
      description: "Pot de 250 g",
      priceAmount: 790,
      stock: null,
      imageUrl: product.imageUrl,
      active: true,
      searchText: productSearchText({ name: "Crème de marrons", description: "Pot de 250 g" }),
    });
    expect(updated.searchText).toBe("creme de marrons pot de 250 g");
    expect(await filesInUploadDir()).toEqual([storedName(product.imageUrl)]);

    const list = await listSellerProducts(seller.id, { q: "marron" });
    expect(list?.products.map((p) => p.id)).toEqual([product.id]);
    expect((await listSellerProducts(seller.id, { q: "bougie" }))?.total).toBe(0);
  });

  it("replaces the image and deletes the old file only after the write", async () => {
    const { seller } = await sellerWithShop();
    const product = await createOk(seller.id, {}, pngFile());
    expect(await updateProduct(seller.id, product.id, input(), gifFile())).toMatchObject({ ok: true });
    const updated = await db.product.findUniqueOrThrow({ where: { id: product.id } });
    expect(updated.imageUrl).toMatch(/\.gif$/);
    expect(await filesInUploadDir()).toEqual([storedName(updated.imageUrl)]);
  });

  it("removes the image when asked, and a new image wins over the removal", async () => {
    const { seller } = await sellerWithShop();
    const product = await createOk(seller.id, {}, pngFile());
    expect(await updateProduct(seller.id, product.id, input({ removeImage: true }), gifFile())).toMatchObject({ ok: true });
    const replaced = await db.product.findUniqueOrThrow({ where: { id: product.id } });
    expect(replaced.imageUrl).toMatch(/\.gif$/);
    expect(await updateProduct(seller.id, product.id, input({ removeImage: true }))).toMatchObject({ ok: true });
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).imageUrl).toBeNull();
    expect(await filesInUploadDir()).toEqual([]);
  });

  it("leaves images it did not upload (seeded illustrations) on disk and in place when replacing them", async () => {
    const { seller } = await sellerWithShop();
    const product = await createOk(seller.id);
    await db.product.update({ where: { id: product.id }, data: { imageUrl: "/images/products/bowl.svg" } });
    expect(await updateProduct(seller.id, product.id, input({ price: "30" }))).toMatchObject({ ok: true });
    expect(await db.product.findUniqueOrThrow({ where: { id: product.id } })).toMatchObject({ imageUrl: "/images/products/bowl.svg", priceAmount: 3000 });
  });

  it("saves nothing on invalid input: row, old image and files unchanged", async () => {
    const { seller } = await sellerWithShop();
    const product = await createOk(seller.id, {}, pngFile());
    const result = await updateProduct(seller.id, product.id, input({ name: "", price: "12,345" }), gifFile());
    expect(result).toEqual({ ok: false, reason: "invalid", fieldErrors: { name: "nameRequired", price: "priceTooManyDecimals" } });
    expect(await db.product.findUniqueOrThrow({ where: { id: product.id } })).toEqual(product);
    expect(await filesInUploadDir()).toEqual([storedName(product.imageUrl)]);
  });

  it("keeps the old image and removes the new file when the database write fails", async () => {
    const { seller } = await sellerWithShop();
    const product = await createOk(seller.id, {}, pngFile());
    await expect(updateProduct(seller.id, product.id, input({ name: "db-failure" }), gifFile())).rejects.toThrow(/refused by the test trigger/);
    expect(await db.product.findUniqueOrThrow({ where: { id: product.id } })).toEqual(product);
    expect(await filesInUploadDir()).toEqual([storedName(product.imageUrl)]);
  });

  it("keeps the product's currency the shop's", async () => {
    const { seller, shop } = await sellerWithShop("jpy");
    const product = await createOk(seller.id, { price: "1500" });
    await db.product.update({ where: { id: product.id }, data: { currency: "eur" } });
    expect(await updateProduct(seller.id, product.id, { ...input({ price: "2000" }), currency: "usd" } as ProductInput)).toMatchObject({ ok: true });
    expect(await db.product.findUniqueOrThrow({ where: { id: product.id } })).toMatchObject({ priceAmount: 2000, currency: shop.currency });
  });

  it("leaves past orders' snapshots alone", async () => {
    const { seller, shop } = await sellerWithShop();
    const product = await createOk(seller.id, { name: "Tasse", price: "12" });
    const order = await db.order.create({
      data: {
        shopId: shop.id,
        guestEmail: "buyer@example.com",
        status: "PAID",
        subtotalAmount: 1200,
        applicationFeeAmount: 90,
        currency: "eur",
        items: { create: { productId: product.id, name: "Tasse", unitAmount: 1200, quantity: 1 } },
      },
      include: { items: true },
    });
    expect(await updateProduct(seller.id, product.id, input({ name: "Grande tasse", price: "15" }))).toMatchObject({ ok: true });
    expect(await setProductActive(seller.id, product.id, false)).toMatchObject({ ok: true });
    const items = await db.orderItem.findMany({ where: { orderId: order.id } });
    expect(items).toEqual(order.items);
    expect(await db.product.count({ where: { id: product.id } })).toBe(1);
  });
});

describe("ownership", () => {
  it("answers notFound for another seller's product and changes nothing", async () => {
    const { seller: owner } = await sellerWithShop();
    const { seller: intruder } = await sellerWithShop();
    const product = await createOk(owner.id, { name: "Vase" }, pngFile());

    expect(await updateProduct(intruder.id, product.id, input({ name: "Volé" }), gifFile())).toEqual({ ok: false, reason: "notFound" });
    expect(await setProductActive(intruder.id, product.id, false)).toEqual({ ok: false, reason: "notFound" });
    expect(await getSellerProduct(intruder.id, product.id)).toBeNull();
    expect((await listSellerProducts(intruder.id, { status: "all" }))?.total).toBe(0);

    expect(await db.product.findUniqueOrThrow({ where: { id: product.id } })).toEqual(product);
    expect(await filesInUploadDir()).toEqual([storedName(product.imageUrl)]);
    expect(await getSellerProduct(owner.id, product.id)).toMatchObject({ id: product.id, name: "Vase" });
  });

  it("answers notFound for a product that does not exist", async () => {
    const { seller } = await sellerWithShop();
    expect(await updateProduct(seller.id, "no-such-product", input(), pngFile())).toEqual({ ok: false, reason: "notFound" });
    expect(await setProductActive(seller.id, "no-such-product", true)).toEqual({ ok: false, reason: "notFound" });
    expect(await filesInUploadDir()).toEqual([]);
  });
});

describe("setProductActive", () => {
  it("archives and restores, keeping everything else", async () => {
    const { seller } = await sellerWithShop();
    const product = await createOk(seller.id, { name: "Carnet" }, pngFile());
    expect(await setProductActive(seller.id, product.id, false)).toEqual({ ok: true, name: "Carnet" });
    const archived = await db.product.findUniqueOrThrow({ where: { id: product.id } });
    expect(archived.active).toBe(false);
    expect({ ...archived, active: true, updatedAt: product.updatedAt }).toEqual(product);
    expect((await listSellerProducts(seller.id, { status: "active" }))?.total).toBe(0);
    expect((await listSellerProducts(seller.id, { status: "archived" }))?.products.map((p) => p.id)).toEqual([product.id]);

    expect(await setProductActive(seller.id, product.id, true)).toEqual({ ok: true, name: "Carnet" });
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).active).toBe(true);
    expect(await filesInUploadDir()).toEqual([storedName(product.imageUrl)]);
  });
});

describe("listSellerProducts", () => {
  it("returns null for a seller without a shop", async () => {
    expect(await listSellerProducts((await createSeller()).id)).toBeNull();
  });

  it("searches names and descriptions ignoring case and accents, every word", async () => {
    const { seller } = await sellerWithShop();
    const creme = await createOk(seller.id, { name: "Crème brûlée", description: "À la vanille de Madagascar" });
    const bol = await createOk(seller.id, { name: "BOL ÉMAILLÉ", description: "Grès" });
    await createOk(seller.id, { name: "Tasse", description: "Porcelaine" });
    const { seller: other } = await sellerWithShop();
    await createOk(other.id, { name: "Crème de l'autre boutique" });

    const ids = async (q: string) => (await listSellerProducts(seller.id, { q }))?.products.map((p) => p.id);
    expect(await ids("creme")).toEqual([creme.id]);
    expect(await ids("CRÈME")).toEqual([creme.id]);
    expect(await ids("  brulee   VANILLE ")).toEqual([creme.id]);
    expect(await ids("madagascar")).toEqual([creme.id]);
    expect(await ids("creme tasse")).toEqual([]);
    expect(await ids("emaille")).toEqual([bol.id]);
    expect(await ids("gres")).toEqual([bol.id]);
    expect(await ids("")).toHaveLength(3);
    // LIKE wildcards are searched as characters.
    expect(await ids("%")).toEqual([]);
    expect(await ids("_")).toEqual([]);
    const percent = await createOk(seller.id, { name: "Remise 100% coton" });
    expect(await ids("100%")).toEqual([percent.id]);
  });

  it("filters by status and counts each tab for the current search", async () => {
    const { seller } = await sellerWithShop();
    const a = await createOk(seller.id, { name: "Savon lavande" });
    const b = await createOk(seller.id, { name: "Savon miel" });
    await createOk(seller.id, { name: "Bougie" });
    await setProductActive(seller.id, b.id, false);

    const all = await listSellerProducts(seller.id, { status: "all", q: "savon" });
    expect(all).toMatchObject({ total: 2, counts: { active: 1, archived: 1, all: 2 }, status: "all", q: "savon" });
    expect(all?.products.map((p) => p.id)).toEqual([b.id, a.id]);
    expect(await listSellerProducts(seller.id, { q: "savon" })).toMatchObject({ status: "active", total: 1 });
    expect((await listSellerProducts(seller.id, { status: "archived" }))?.products.map((p) => p.id)).toEqual([b.id]);
  });

  it("pages 20 at a time, newest first, and brings out-of-range pages back", async () => {
    const { seller } = await sellerWithShop();
    const shop = await db.shop.findFirstOrThrow({ where: { ownerId: seller.id } });
    const start = Date.now();
    await db.product.createMany({
      data: Array.from({ length: 45 }, (_, i) => ({
        shopId: shop.id,
        name: `Produit ${String(i).padStart(2, "0")}`,
        priceAmount: 100 + i,
        currency: "eur",
        searchText: productSearchText({ name: `Produit ${String(i).padStart(2, "0")}`, description: "" }),
        createdAt: new Date(start + i * 1000),
      })),
    });

    const first = await listSellerProducts(seller.id, { page: 1 });
    expect(first).toMatchObject({ total: 45, pages: 3, page: 1, pageSize: 20 });
    expect(first?.products).toHaveLength(20);
    expect(first?.products[0]?.name).toBe("Produit 44");
    const third = await listSellerProducts(seller.id, { page: 3 });
    expect(third?.products).toHaveLength(5);
    expect(third?.products.at(-1)?.name).toBe("Produit 00");

    const seen = new Set<string>();
    for (const page of [1, 2, 3]) for (const p of (await listSellerProducts(seller.id, { page }))?.products ?? []) seen.add(p.id);
    expect(seen.size).toBe(45);

    expect(await listSellerProducts(seller.id, { page: 99 })).toMatchObject({ page: 3 });
    expect(await listSellerProducts(seller.id, { page: 0 })).toMatchObject({ page: 1 });
    expect(await listSellerProducts(seller.id, { page: -2 })).toMatchObject({ page: 1 });
    expect(await listSellerProducts(seller.id, { page: 1.5 })).toMatchObject({ page: 1 });
    // Every word must match: "produit" and "4" (04, 14, 24, 34, 40 to 44).
    expect(await listSellerProducts(seller.id, { q: "produit 4", page: 2 })).toMatchObject({ total: 9, pages: 1, page: 1 });
    expect(await listSellerProducts(seller.id, { q: "rien", page: 4 })).toMatchObject({ total: 0, pages: 1, page: 1, products: [] });
  });
});
