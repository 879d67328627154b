import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createShop } from "@/lib/shops/create-shop";
import { checkSlugAvailability, isSlugAvailable } from "@/lib/shops/slug";
import { SHOP_LOGO_MAX_BYTES } from "@/lib/validations/shop";

const PNG = Uint8Array.from(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64"),
);
const pngFile = () => new File([PNG], "logo.png", { type: "image/png" });

let uploadDir: string;
const previousUploadDir = process.env.UPLOAD_DIR;
let counter = 0;

async function newUser(role: "BUYER" | "SELLER" | "ADMIN" = "BUYER") {
  counter += 1;
  return db.user.create({ data: { email: `shop-owner-${counter}@example.com`, role }, select: { id: true, role: true } });
}

const validInput = (overrides: Record<string, string> = {}) => ({
  name: "Atelier Lumière",
  slug: `atelier-${++counter}`,
  description: "Céramiques faites main.",
  country: "FR",
  currency: "eur",
  ...overrides,
});

const filesInUploadDir = () => readdir(uploadDir);

beforeAll(async () => {
  uploadDir = await mkdtemp(path.join(tmpdir(), "comptoir-shops-"));
  process.env.UPLOAD_DIR = uploadDir;
});

beforeEach(async () => {
  for (const name of await readdir(uploadDir)) await rm(path.join(uploadDir, name));
});

afterAll(async () => {
  process.env.UPLOAD_DIR = previousUploadDir;
  await rm(uploadDir, { recursive: true, force: true });
});

describe("createShop", () => {
  it("creates the shop with its logo and makes a buyer owner a seller", async () => {
    const owner = await newUser("BUYER");
    const result = await createShop(owner.id, validInput({ slug: "  Atelier-Lumiere-Lyon ", country: "fr", currency: "EUR" }), pngFile());
    expect(result).toMatchObject({ ok: true, slug: "atelier-lumiere-lyon" });
    if (!result.ok) return;

    const shop = await db.shop.findUniqueOrThrow({ where: { id: result.shopId } });
    expect(shop).toMatchObject({
      ownerId: owner.id,
      slug: "atelier-lumiere-lyon",
      name: "Atelier Lumière",
      description: "Céramiques faites main.",
      country: "FR",
      currency: "eur",
      status: "ACTIVE",
    });
    expect(shop.logoUrl).toMatch(/^\/uploads\/[a-f0-9]{32}\.png$/);
    const stored = await readFile(path.join(uploadDir, shop.logoUrl!.slice("/uploads/".length)));
    expect(new Uint8Array(stored)).toEqual(PNG);
    expect((await db.user.findUniqueOrThrow({ where: { id: owner.id } })).role).toBe("SELLER");
  });

  it("works without a logo, keeps an admin an admin, and accepts zero-decimal currencies", async () => {
    const admin = await newUser("ADMIN");
    const result = await createShop(admin.id, validInput({ country: "JP", currency: "jpy", description: "" }), null);
    expect(result.ok).toBe(true);
    const shop = await db.shop.findFirstOrThrow({ where: { ownerId: admin.id } });
    expect(shop).toMatchObject({ country: "JP", currency: "jpy", logoUrl: null, description: "" });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("ADMIN");
    expect(await filesInUploadDir()).toEqual([]);
  });

  describe("refuses invalid input inline and saves nothing", () => {
    const cases: [string, Record<string, string>, Record<string, string>][] = [
      ["an empty name", { name: "   " }, { name: "nameRequired" }],
      ["a name over 80 characters", { name: "n".repeat(81) }, { name: "nameTooLong" }],
      ["a reserved slug", { slug: "admin" }, { slug: "slugReserved" }],
      ["a slug with spaces and accents", { slug: "atelier lumière" }, { slug: "slugInvalid" }],
      ["a too short slug", { slug: "ab" }, { slug: "slugTooShort" }],
      ["an empty slug", { slug: "" }, { slug: "slugRequired" }],
      ["a description over 1000 characters", { description: "d".repeat(1001) }, { description: "descriptionTooLong" }],
      ["an unsupported country", { country: "ZZ" }, { country: "countryUnsupported" }],
      ["a country Stripe restricts", { country: "BR" }, { country: "countryUnsupported" }],
      ["no country", { country: "" }, { country: "countryRequired" }],
      ["an unsupported currency", { currency: "xyz" }, { currency: "currencyUnsupported" }],
    ];

    it.each(cases)("%s", async (_label, overrides, expected) => {
      const owner = await newUser("BUYER");
      const before = await db.shop.count();
      const result = await createShop(owner.id, validInput(overrides), pngFile());
      expect(result).toEqual({ ok: false, fieldErrors: expected });
      expect(await db.shop.count()).toBe(before);
      expect((await db.user.findUniqueOrThrow({ where: { id: owner.id } })).role).toBe("BUYER");
      expect(await filesInUploadDir()).toEqual([]);
    });

    it("reports every invalid field at once", async () => {
      const owner = await newUser();
      const result = await createShop(owner.id, { name: "", slug: "api", country: "ZZ", currency: "" });
      expect(result).toEqual({
        ok: false,
        fieldErrors: { name: "nameRequired", slug: "slugReserved", country: "countryUnsupported", currency: "currencyRequired" },
      });
    });
  });

  it("refuses a taken slug, with the other errors of the form", async () => {
    const first = await newUser();
    expect((await createShop(first.id, validInput({ slug: "maison-olivia" }))).ok).toBe(true);
    const second = await newUser();
    const before = await db.shop.count();

    expect(await createShop(second.id, validInput({ slug: "maison-olivia" }), pngFile())).toEqual({
      ok: false,
      fieldErrors: { slug: "slugTaken" },
    });
    expect(await createShop(second.id, validInput({ slug: "Maison-Olivia", name: "" }))).toEqual({
      ok: false,
      fieldErrors: { slug: "slugTaken", name: "nameRequired" },
    });
    expect(await db.shop.count()).toBe(before);
    expect((await db.user.findUniqueOrThrow({ where: { id: second.id } })).role).toBe("BUYER");
    expect(await filesInUploadDir()).toEqual([]);
  });

  it("refuses a logo over 2 MB and a file whose bytes are not an image", async () => {
    const owner = await newUser();
    const tooLarge = new File([PNG, new Uint8Array(SHOP_LOGO_MAX_BYTES)], "big.png", { type: "image/png" });
    expect(await createShop(owner.id, validInput(), tooLarge)).toEqual({ ok: false, fieldErrors: { logo: "logoTooLarge" } });

    const svg = new File(['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'], "logo.png", { type: "image/png" });
    expect(await createShop(owner.id, validInput(), svg)).toEqual({ ok: false, fieldErrors: { logo: "logoUnsupportedType" } });

    const html = new File(["<html><script>alert(1)</script></html>"], "logo.gif", { type: "image/gif" });
    expect(await createShop(owner.id, validInput(), html)).toEqual({ ok: false, fieldErrors: { logo: "logoUnsupportedType" } });

    expect(await db.shop.count({ where: { ownerId: owner.id } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: owner.id } })).role).toBe("BUYER");
    expect(await filesInUploadDir()).toEqual([]);
  });

  it("accepts a logo of exactly 2 MB", async () => {
    const owner = await newUser();
    const exact = new File([PNG, new Uint8Array(SHOP_LOGO_MAX_BYTES - PNG.length)], "exact.png", { type: "image/png" });
    expect((await createShop(owner.id, validInput(), exact)).ok).toBe(true);
    expect(await filesInUploadDir()).toHaveLength(1);
  });

  it("refuses a second shop for the same owner", async () => {
    const owner = await newUser("SELLER");
    expect((await createShop(owner.id, validInput())).ok).toBe(true);
    const again = await createShop(owner.id, validInput(), pngFile());
    expect(again).toEqual({ ok: false, fieldErrors: { form: "alreadyHasShop" } });
    expect(await db.shop.count({ where: { ownerId: owner.id } })).toBe(1);
    expect(await filesInUploadDir()).toEqual([]);
  });

  it("gives a contested slug to exactly one of two concurrent sellers, and leaves the other untouched", async () => {
    const [a, b] = await Promise.all([newUser("BUYER"), newUser("BUYER")]);
    const results = await Promise.all([
      createShop(a.id, validInput({ slug: "la-course" }), pngFile()),
      createShop(b.id, validInput({ slug: "la-course" }), pngFile()),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, fieldErrors: { slug: "slugTaken" } }]);
    expect(await db.shop.count({ where: { slug: "la-course" } })).toBe(1);

    const winner = results[0]?.ok ? a : b;
    const loser = winner === a ? b : a;
    expect((await db.user.findUniqueOrThrow({ where: { id: winner.id } })).role).toBe("SELLER");
    expect((await db.user.findUniqueOrThrow({ where: { id: loser.id } })).role).toBe("BUYER");
    // Only the winner's logo stays on disk.
    const shop = await db.shop.findUniqueOrThrow({ where: { slug: "la-course" } });
    expect(await filesInUploadDir()).toEqual([shop.logoUrl!.slice("/uploads/".length)]);
  });

  it("gives one owner a single shop even when two requests race", async () => {
    const owner = await newUser("BUYER");
    const results = await Promise.all([
      createShop(owner.id, validInput({ slug: "premiere-course" }), pngFile()),
      createShop(owner.id, validInput({ slug: "seconde-course" }), pngFile()),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, fieldErrors: { form: "alreadyHasShop" } });
    expect(await db.shop.count({ where: { ownerId: owner.id } })).toBe(1);
    expect(await filesInUploadDir()).toHaveLength(1);
  });

  it("removes the stored logo when the database write fails", async () => {
    const before = await db.shop.count();
    await expect(createShop("no-such-user", validInput(), pngFile())).rejects.toMatchObject({ code: "P2025" });
    expect(await db.shop.count()).toBe(before);
    expect(await filesInUploadDir()).toEqual([]);
  });
});

describe("checkSlugAvailability", () => {
  it("tells free, taken, reserved and invalid slugs apart", async () => {
    const owner = await newUser();
    expect((await createShop(owner.id, validInput({ slug: "deja-prise" }))).ok).toBe(true);
    expect(await checkSlugAvailability("deja-prise")).toEqual({ available: false, reason: "taken" });
    expect(await checkSlugAvailability("cart")).toEqual({ available: false, reason: "reserved" });
    expect(await checkSlugAvailability("Pas Valide")).toEqual({ available: false, reason: "invalid" });
    expect(await checkSlugAvailability("ab")).toEqual({ available: false, reason: "invalid" });
    expect(await checkSlugAvailability("toute-neuve")).toEqual({ available: true });
    expect(await isSlugAvailable("toute-neuve")).toBe(true);
    expect(await isSlugAvailable("deja-prise")).toBe(false);
  });
});
