import { describe, expect, it } from "vitest";
import { negotiateLocale } from "@/lib/i18n/config";
import { currencyDecimals, formatMoney, interpolate } from "@/lib/i18n/format";
import { messages } from "@/lib/i18n/messages";

describe("negotiateLocale", () => {
  it("takes the browser's preferred supported language", () => {
    expect(negotiateLocale("en-GB,en;q=0.9,fr;q=0.8")).toBe("en");
    expect(negotiateLocale("de-DE,fr;q=0.5,en;q=0.4")).toBe("fr");
    expect(negotiateLocale("de;q=1,en;q=0.2,fr;q=0.9")).toBe("fr");
  });
  it("falls back to French", () => {
    expect(negotiateLocale(null)).toBe("fr");
    expect(negotiateLocale("de,es;q=0.5")).toBe("fr");
    expect(negotiateLocale("en;q=0")).toBe("fr");
  });
});

describe("formatMoney", () => {
  it("reads minor units with the currency's decimals", () => {
    expect(currencyDecimals("eur")).toBe(2);
    expect(currencyDecimals("jpy")).toBe(0);
    expect(formatMoney(2450, "eur", "fr").replace(/\s/g, " ")).toBe("24,50 €");
    expect(formatMoney(2450, "eur", "en")).toBe("€24.50");
    expect(formatMoney(2450, "jpy", "en")).toBe("JP¥2,450");
  });
});

describe("messages", () => {
  // Paths as arrays: some keys contain dots (Stripe requirement codes such as "business_profile.url").
  function paths(value: unknown, prefix: string[] = []): string[][] {
    if (typeof value === "string") return [prefix];
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => paths(v, [...prefix, k]));
  }
  const at = (root: unknown, path: string[]) => path.reduce((node, part) => (node as Record<string, unknown>)[part], root);
  const keys = (value: unknown) => paths(value).map((path) => JSON.stringify(path));
  it("has the same keys in French and English, none empty", () => {
    expect(keys(messages.en).sort()).toEqual(keys(messages.fr).sort());
    for (const path of paths(messages.fr)) {
      expect(String(at(messages.fr, path)).trim(), path.join("/")).not.toBe("");
      expect(String(at(messages.en, path)).trim(), path.join("/")).not.toBe("");
    }
  });
  it("keeps the same placeholders in both languages", () => {
    const placeholders = (text: unknown) => (String(text).match(/\{\w+\}/g) ?? []).sort();
    for (const path of paths(messages.fr)) {
      expect(placeholders(at(messages.en, path)), path.join("/")).toEqual(placeholders(at(messages.fr, path)));
    }
  });
  it("interpolates named values", () => {
    expect(interpolate("Plus que {count} en stock", { count: 3 })).toBe("Plus que 3 en stock");
    expect(interpolate("{a} et {b}", { a: "x" })).toBe("x et {b}");
  });
});
