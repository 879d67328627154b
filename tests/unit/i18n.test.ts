import { describe, expect, it } from "vitest";
import { negotiateLocale } from "@/lib/i18n/config";
import { readFileSync } from "node:fs";
import { createTranslator } from "next-intl";
import { currencyDecimals, formatMoney } from "@/lib/i18n/format";
import { elision } from "@/lib/i18n/elision";
import { messages } from "@/lib/i18n/messages";
import { sourceFiles } from "../support/source-files";

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

// An ICU argument: {shop}, {count, plural, …}, {shopStart, select, …} (not a plural branch's text).
const ARGUMENT = /\{(\w+)(?:\}|,\s*(?:plural|select|selectordinal|number|date|time)\b)/g;

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
  it("keeps the same arguments in both languages", () => {
    // ICU arguments ({count, plural, …}, {shop}); French may add an elision select ({shopStart, select, …}).
    const args = (text: unknown) => [...new Set([...String(text).matchAll(ARGUMENT)].map((m) => m[1]))].filter((a) => !a!.endsWith("Start")).sort();
    for (const path of paths(messages.fr)) {
      expect(args(at(messages.en, path)), path.join("/")).toEqual(args(at(messages.fr, path)));
    }
  });

  it("formats every message as valid ICU in both languages", () => {
    for (const locale of ["fr", "en"] as const) {
      const t = createTranslator({ locale, messages: messages[locale], onError: (error) => { throw error; } });
      for (const path of paths(messages[locale])) {
        const text = String(at(messages[locale], path));
        const values = Object.fromEntries([...text.matchAll(ARGUMENT)].map((m) => [m[1], 2]));
        expect(() => t(path.join(".") as never, values as never), `${locale}: ${path.join(".")}`).not.toThrow();
      }
    }
  });

  it("uses every message somewhere in the code (no dead keys)", () => {
    // Error codes travel from lib/ (zod messages, action results) to the component that shows them,
    // so words and namespaces are gathered across all files: a key is used when one of its
    // namespaces and the rest of its path both appear in the code.
    const namespaces = new Set([""]);
    const words = new Set<string>();
    const prefixes = new Set<string>();
    for (const source of ["app", "components", "lib"].flatMap((dir) => sourceFiles(dir, ["messages"])).map((file) => readFileSync(file, "utf8"))) {
      for (const m of source.matchAll(/(?:useTranslations|getTranslations)\(\s*"([\w.]+)"|namespace: "([\w.]+)"|Translator<"([\w.]+)">/g)) namespaces.add(m[1] ?? m[2] ?? m[3]!);
      for (const m of source.matchAll(/["'`]([A-Za-z_][\w.]*)["'`]/g)) words.add(m[1]!);
      for (const m of source.matchAll(/["'`]([A-Za-z_][\w.]*)\.\$\{|messageTable\(\w+, "([\w.]+)"\)/g)) prefixes.add(`${m[1] ?? m[2]}.`);
    }
    const used = new Set([...namespaces].flatMap((ns) => [...words].map((word) => (ns ? `${ns}.${word}` : word))));
    const below = [...namespaces].flatMap((ns) => [...prefixes].map((prefix) => (ns ? `${ns}.${prefix}` : prefix)));
    const unused = paths(messages.fr)
      .map((p) => p.join("."))
      .filter((key) => !used.has(key) && !below.some((prefix) => key.startsWith(prefix)));
    expect(unused).toEqual([]);
    expect(used.size).toBeGreaterThan(100);
  });
});

describe("French elision", () => {
  it("elides before a vowel sound, in French only", () => {
    const t = (locale: "fr" | "en", shop: string) =>
      createTranslator({ locale, messages: messages[locale] })("catalog.list.subtitle", { shop, shopStart: elision(shop) });
    expect(t("fr", "Atelier Lumière")).toBe("Le catalogue d’Atelier Lumière.");
    expect(t("fr", "Maison Olivia")).toBe("Le catalogue de Maison Olivia.");
    expect(t("fr", "Écume")).toBe("Le catalogue d’Écume.");
    expect(t("en", "Atelier Lumière")).toBe("The catalogue of Atelier Lumière.");
  });

  it("says plurals properly", () => {
    const fr = createTranslator({ locale: "fr", messages: messages.fr });
    const en = createTranslator({ locale: "en", messages: messages.en });
    expect(fr("catalog.list.resultCount", { count: 1 })).toBe("1 produit");
    expect(fr("catalog.list.resultCount", { count: 0 })).toBe("0 produit");
    expect(fr("storefront.search.resultCount", { count: 9 })).toBe("9 produits trouvés");
    expect(en("catalog.list.resultCount", { count: 1 })).toBe("1 product");
    expect(en("catalog.list.resultCount", { count: 0 })).toBe("0 products");
  });
});
