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
  function keys(value: unknown, prefix = ""): string[] {
    if (typeof value === "string") return [prefix];
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  }
  function leaves(value: unknown): string[] {
    return typeof value === "string" ? [value] : Object.values(value as object).flatMap(leaves);
  }
  it("has the same keys in French and English, none empty", () => {
    expect(keys(messages.en).sort()).toEqual(keys(messages.fr).sort());
    for (const text of [...leaves(messages.fr), ...leaves(messages.en)]) expect(text.trim()).not.toBe("");
  });
  it("keeps the same placeholders in both languages", () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    const fr = keys(messages.fr);
    for (const key of fr) {
      const get = (root: unknown) => key.split(".").reduce((node, part) => (node as Record<string, unknown>)[part], root) as string;
      expect(placeholders(get(messages.en)), key).toEqual(placeholders(get(messages.fr)));
    }
  });
  it("interpolates named values", () => {
    expect(interpolate("Plus que {count} en stock", { count: 3 })).toBe("Plus que 3 en stock");
    expect(interpolate("{a} et {b}", { a: "x" })).toBe("x et {b}");
  });
});
