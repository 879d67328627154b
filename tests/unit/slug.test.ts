import { describe, expect, it } from "vitest";
import { RESERVED_SLUGS, SLUG_MAX_LENGTH, slugify, slugProblem } from "@/lib/shops/slug-rules";
import { shopSlugSchema } from "@/lib/validations/shop";

describe("slugify", () => {
  it("lower-cases, strips accents and joins words with single hyphens", () => {
    expect(slugify("Atelier Lumière")).toBe("atelier-lumiere");
    expect(slugify("  Brûlerie du Port  ")).toBe("brulerie-du-port");
    expect(slugify("Ça & Là — Épicerie fine")).toBe("ca-la-epicerie-fine");
    expect(slugify("L'Œuf de Pâques")).toBe("l-oeuf-de-paques");
    expect(slugify("Épicerie d’Alice")).toBe("epicerie-d-alice");
    expect(slugify("Straße Søren Łódź")).toBe("strasse-soren-lodz");
    expect(slugify("Olivia Martínez #2")).toBe("olivia-martinez-2");
  });

  it("never leaves hyphens at the ends or doubled", () => {
    expect(slugify("--Hello -- World!!--")).toBe("hello-world");
    expect(slugify("!!!")).toBe("");
    expect(slugify("日本の店")).toBe("");
  });

  it("cuts to 48 characters without a trailing hyphen", () => {
    const slug = slugify("a".repeat(47) + " bcd");
    expect(slug).toBe("a".repeat(47));
    expect(slugify("x".repeat(100))).toHaveLength(SLUG_MAX_LENGTH);
  });

  it("produces slugs that pass validation for ordinary names", () => {
    for (const name of ["Atelier Lumière", "Maison Olivia", "Café 1900", "Les Jolis Pots de Marie-Hélène"]) {
      expect(slugProblem(slugify(name))).toBeNull();
    }
  });
});

describe("slugProblem", () => {
  it("names what is wrong", () => {
    expect(slugProblem("")).toBe("slugRequired");
    expect(slugProblem("ab")).toBe("slugTooShort");
    expect(slugProblem("a".repeat(49))).toBe("slugTooLong");
    expect(slugProblem("Atelier")).toBe("slugInvalid");
    expect(slugProblem("atelier lumiere")).toBe("slugInvalid");
    expect(slugProblem("-atelier")).toBe("slugInvalid");
    expect(slugProblem("atelier--lumiere")).toBe("slugInvalid");
    expect(slugProblem("atelier-lumière")).toBe("slugInvalid");
    expect(slugProblem("admin")).toBe("slugReserved");
    expect(slugProblem("abc")).toBeNull();
    expect(slugProblem("a".repeat(48))).toBeNull();
  });

  it("reserves the app's own paths", () => {
    for (const word of ["new", "admin", "api", "seller", "sell", "cart", "search", "uploads", "signin", "signup", "account"]) {
      expect(RESERVED_SLUGS.has(word)).toBe(true);
      expect(slugProblem(word)).toBe("slugReserved");
    }
  });
});

describe("shopSlugSchema", () => {
  it("trims and lower-cases before checking", () => {
    expect(shopSlugSchema.parse("  Atelier-2 ")).toBe("atelier-2");
    const reserved = shopSlugSchema.safeParse("API");
    expect(reserved.success).toBe(false);
    expect(reserved.error?.issues[0]?.message).toBe("slugReserved");
  });
});
