import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientMessages, pickMessages } from "@/lib/i18n/client-messages";
import { messages } from "@/lib/i18n/messages";

const root = path.resolve(__dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The repository file an import names, if it is one (`@/…` or relative). */
function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(root, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  return ["", ".ts", ".tsx", "/index.ts", "/index.tsx"].map((ext) => base + ext).find((file) => statSync(file, { throwIfNoEntry: false })?.isFile()) ?? null;
}

const directive = (text: string, name: string) => new RegExp(`^\\s*["']use ${name}["']`).test(text);

/** Every file that runs in the browser: the "use client" files and what they import (server actions excepted: only their references travel). */
function clientFiles(): Map<string, string> {
  const all = ["app", "components", "lib"].flatMap((dir) => sources(path.join(root, dir)));
  const seen = new Map<string, string>();
  const pending = all.filter((file) => directive(readFileSync(file, "utf8"), "client"));
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    const text = readFileSync(file, "utf8");
    if (directive(text, "server")) continue;
    seen.set(file, text);
    for (const [, specifier] of text.matchAll(/(?:import|export)[^"';]*?from\s*["']([^"']+)["']/g)) {
      const target = resolveImport(file, specifier!);
      if (target && !seen.has(target)) pending.push(target);
    }
  }
  return seen;
}

/** The message paths a file reads on the client: its namespaces, and the keys it passes to a root translator. */
function pathsRead(text: string): string[] {
  const namespaces = [...text.matchAll(/useTranslations\(\s*"([^"]+)"\s*\)/g)].map((match) => match[1]!);
  const rootKeys = /useTranslations\(\s*\)/.test(text) ? [...text.matchAll(/\bt\(\s*"([^"]+)"/g)].map((match) => match[1]!) : [];
  return [...namespaces, ...rootKeys];
}

const at = (tree: unknown, dotted: string) => dotted.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], tree);

describe("client messages", () => {
  it("gives client components every message path they read, in both languages", () => {
    const read = [...clientFiles()].flatMap(([file, text]) => pathsRead(text).map((dotted) => ({ file: path.relative(root, file), dotted })));
    // The scan finds the header's root translator and the cart's line forms, or it is not looking.
    expect(read.map((entry) => entry.dotted)).toEqual(expect.arrayContaining(["header.cartCount", "storefront", "auth"]));
    for (const locale of ["fr", "en"] as const) {
      const missing = read.filter(({ dotted }) => at(clientMessages(locale), dotted) === undefined);
      expect(missing, `${locale}: paths read on the client but not handed to NextIntlClientProvider`).toEqual([]);
    }
  });

  it("leaves out what only the server reads", () => {
    const fr = clientMessages("fr");
    expect(at(fr, "adminArea")).toBeUndefined();
    expect(at(fr, "moneyStock.fixedFees")).toEqual(at(messages.fr, "moneyStock.fixedFees"));
    expect(Object.keys(at(fr, "moneyStock") as object).sort()).toEqual(["fixedFees", "refunds"]);
    expect(JSON.stringify(fr).length).toBeLessThan(JSON.stringify(messages.fr).length * 0.6);
  });

  it("picks nested paths and skips missing ones", () => {
    const tree = { a: { b: "1", c: "2" }, d: "3" };
    expect(pickMessages(tree, ["a.b", "d", "x.y"])).toEqual({ a: { b: "1" }, d: "3" });
  });
});
