import { describe, expect, it } from "vitest";
import { IntlMessageFormat } from "intl-messageformat";
import { createTranslator } from "next-intl";
import { locales } from "@/lib/i18n/config";
import { formats } from "@/lib/i18n/formats";
import { messages } from "@/lib/i18n/messages";
import { translatorFor } from "@/lib/i18n/server";

type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }>; children?: Element[] };

/** Every message of the tree that takes values, by dotted key. */
function messagesWithValues(tree: object, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "object") return messagesWithValues(value as object, path);
    return typeof value === "string" && value.includes("{") && !value.includes("<") ? [[path, value]] : [];
  });
}

/** Value sets that reach each branch of the message: every select option, plural counts 0, 1, 2 and 5. */
function valueSets(message: string, locale: string): Record<string, string | number>[] {
  const args = new Map<string, (string | number)[]>();
  const visit = (elements: Element[]) => {
    for (const element of elements) {
      if (!element.value) continue;
      // 1 argument, 2 number, 5 select, 6 plural (intl-messageformat's element types)
      if (element.type === 5) args.set(element.value, Object.keys(element.options ?? {}));
      else if (element.type === 6 || element.type === 2) args.set(element.value, [0, 1, 2, 5]);
      else if (element.type === 1 && !args.has(element.value)) args.set(element.value, ["Atelier Ô"]);
      for (const option of Object.values(element.options ?? {})) visit(option.value);
    }
  };
  visit(new IntlMessageFormat(message, locale).getAst() as Element[]);
  const width = Math.max(1, ...[...args.values()].map((options) => options.length));
  return Array.from({ length: width }, (_, i) => Object.fromEntries([...args].map(([name, options]) => [name, options[i % options.length]!])));
}

describe("translatorFor (the server's process-wide translator)", () => {
  for (const locale of locales) {
    it(`writes every ${locale} message with values exactly as next-intl does`, () => {
      const reference = createTranslator({ locale, messages: messages[locale], formats, timeZone: "Europe/Paris" });
      const t = translatorFor(locale);
      const checked = messagesWithValues(messages[locale]);
      expect(checked.length).toBeGreaterThan(50);
      for (const [key, message] of checked) {
        for (const values of valueSets(message, locale)) {
          expect(t(key as never, values as never), key).toBe(reference(key as never, values as never));
        }
      }
    });
  }

  it("reports a missing value or key through next-intl, as before", () => {
    const t = translatorFor("fr");
    expect(() => t("storefront.cart.removeLabel" as never, {} as never)).toThrow();
    expect(() => t("storefront.cart.noSuchKey" as never, { product: "Bol" } as never)).toThrow(/MISSING_MESSAGE/);
  });

  it("is the same translator for every request, and leaves rich text, raw and has to next-intl", () => {
    expect(translatorFor("en")).toBe(translatorFor("en"));
    const t = translatorFor("en");
    expect(t("storefront.cart.removeLabel" as never, { product: "Bol" } as never)).toBe("Remove Bol from the cart");
    expect(t.has("storefront.cart.removeLabel" as never)).toBe(true);
    expect(t.raw("storefront.cart.removeLabel" as never)).toBe("Remove {product} from the cart");
  });
});
