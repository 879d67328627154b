import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_MESSAGE_PATHS, clientMessages, messageAt, pickMessages, type ClientArea, type Tree } from "@/lib/i18n/client-messages";
import { messages } from "@/lib/i18n/messages";
import { sourceFiles } from "../support/source-files";

const root = path.resolve(__dirname, "../..");

/** The repository file an import names, if it is one (`@/…` or relative). */
function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(root, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  return ["", ".ts", ".tsx", "/index.ts", "/index.tsx"].map((ext) => base + ext).find((file) => statSync(file, { throwIfNoEntry: false })?.isFile()) ?? null;
}

const directive = (text: string, name: string) => new RegExp(`^\\s*["']use ${name}["']`).test(text);
const importsOf = (file: string, text: string) =>
  [...text.matchAll(/(?:import|export)[^"';]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)]
    .map((match) => resolveImport(file, (match[1] ?? match[2])!))
    .filter((target): target is string => target !== null);

/**
 * The files a route file brings to the browser: from the first "use client" file on an import path,
 * it and everything it imports (server actions excepted: only their references travel).
 */
function clientFilesOf(start: string): Set<string> {
  const client = new Set<string>();
  const visited = new Set<string>();
  const pending: [string, boolean][] = [[start, false]];
  while (pending.length > 0) {
    const [file, below] = pending.pop()!;
    if (visited.has(`${below} ${file}`)) continue;
    visited.add(`${below} ${file}`);
    const text = readFileSync(file, "utf8");
    if (directive(text, "server")) continue;
    const onClient = below || directive(text, "client");
    if (onClient) client.add(file);
    for (const target of importsOf(file, text)) pending.push([target, onClient]);
  }
  return client;
}

/** The message paths a file reads on the client: its namespaces, and the keys it passes to a root translator. */
function pathsRead(text: string): string[] {
  const namespaces = [...text.matchAll(/useTranslations\(\s*"([^"]+)"\s*\)/g)].map((match) => match[1]!);
  const rootKeys = /useTranslations\(\s*\)/.test(text) ? [...text.matchAll(/\bt\(\s*"([^"]+)"/g)].map((match) => match[1]!) : [];
  return [...namespaces, ...rootKeys];
}

/** Every route file with its area: its route group's, when the group's layout has a provider of its own, else the root layout's. */
function routeFiles(): { file: string; area: ClientArea }[] {
  const pages = path.join(root, "app/[locale]");
  return sourceFiles(pages).map((file) => {
    const group = /^\((\w+)\)\//.exec(path.relative(pages, file))?.[1];
    return { file, area: group && group in CLIENT_MESSAGE_PATHS ? (group as ClientArea) : "root" };
  });
}

describe("client messages", () => {
  it("gives the client components of every route the message paths they read, in both languages", () => {
    const read = routeFiles().flatMap(({ file, area }) =>
      [...clientFilesOf(file)].flatMap((client) => pathsRead(readFileSync(client, "utf8")).map((dotted) => ({ route: path.relative(root, file), client: path.relative(root, client), area, dotted }))),
    );
    // The scan finds the header's root translator, the cart's line forms and the seller's product form, or it is not looking.
    const found = (area: ClientArea) => read.filter((entry) => entry.area === area).map((entry) => entry.dotted);
    expect(found("root")).toEqual(expect.arrayContaining(["header.cartCount", "storefront"]));
    expect(found("seller")).toEqual(expect.arrayContaining(["catalog", "shipping.settings"]));
    for (const locale of ["fr", "en"] as const) {
      const missing = read.filter(({ area, dotted }) => messageAt(clientMessages(locale, area), dotted) === undefined);
      expect(missing, `${locale}: paths read on the client but not handed to the area's NextIntlClientProvider`).toEqual([]);
    }
  });

  it("has each area's provider in its route group's layout", () => {
    for (const area of Object.keys(CLIENT_MESSAGE_PATHS).filter((name) => name !== "root")) {
      expect(readFileSync(path.join(root, `app/[locale]/(${area})/layout.tsx`), "utf8")).toContain(`<AreaMessages area="${area}">`);
    }
  });

  it("leaves out what an area's client components do not read", () => {
    const storefront = clientMessages("fr");
    expect(messageAt(storefront, "adminArea")).toBeUndefined();
    expect(messageAt(storefront, "catalog")).toBeUndefined();
    expect(messageAt(storefront, "header.cartCount")).toEqual(messageAt(messages.fr as unknown as Tree, "header.cartCount"));
    expect(Object.keys(messageAt(clientMessages("fr", "admin"), "moneyStock") as Tree)).toEqual(["fixedFees"]);
    expect(JSON.stringify(storefront).length).toBeLessThan(JSON.stringify(messages.fr).length * 0.25);
  });

  it("picks nested paths and skips missing ones", () => {
    const tree = { a: { b: "1", c: "2" }, d: "3" };
    expect(pickMessages(tree, ["a.b", "d", "x.y"])).toEqual({ a: { b: "1" }, d: "3" });
  });
});
