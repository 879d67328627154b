import type { Locale } from "./config";
import { messages } from "./messages";

/**
 * The parts of the message tree that client components read (`useTranslations("…")`, or a key
 * path under the root translator), by area: what NextIntlClientProvider is handed. Everything it
 * gets is written into the page's HTML (the React payload), and the whole tree was 55 kB of every
 * page; server components read their messages from the server's own copy. `root` is the root
 * layout's (the header, and the storefront's pages, which have no layout of their own); the other
 * areas are their route group's layout (components/layout/area-messages.tsx), whose provider
 * replaces the root one below it. tests/unit/client-messages.test.ts fails when a client component
 * reachable from a route reads a path its area leaves out.
 */
export const CLIENT_MESSAGE_PATHS = {
  root: ["auth", "header", "onSitePayments.pay", "product.unavailable", "shipping.address", "storefront"],
  account: ["auth", "security.changePassword", "subscriptions.account"],
  admin: ["adminMoney.fees", "dateField", "moneyStock.fixedFees"],
  auth: ["auth", "security"],
  seller: ["catalog", "moneyStock.refunds", "sellerOrders", "shipping", "shop", "subscriptions"],
} as const satisfies Record<string, readonly string[]>;

export type ClientArea = keyof typeof CLIENT_MESSAGE_PATHS;

export type Tree = { [key: string]: string | Tree };

/** What a dot-separated path names in `tree`: a message, a subtree, or undefined when it does not exist. */
export function messageAt(tree: Tree, path: string): string | Tree | undefined {
  let node: string | Tree | undefined = tree;
  for (const key of path.split(".")) node = typeof node === "object" ? node[key] : undefined;
  return node;
}

/** `tree` reduced to `paths` (dot-separated; a path that does not exist is left out). */
export function pickMessages(tree: Tree, paths: readonly string[]): Tree {
  const picked: Tree = {};
  for (const path of paths) {
    const source = messageAt(tree, path);
    if (source === undefined) continue;
    const keys = path.split(".");
    let target = picked;
    for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Tree;
    target[keys.at(-1)!] = source;
  }
  return picked;
}

// Picked once per language and area for the process: the same object on every render.
const picked = new Map<string, Tree>();

/** The messages an area's client components read, in `locale`. */
export function clientMessages(locale: Locale, area: ClientArea = "root"): Tree {
  const key = `${locale} ${area}`;
  let tree = picked.get(key);
  if (!tree) {
    tree = pickMessages(messages[locale] as unknown as Tree, CLIENT_MESSAGE_PATHS[area]);
    picked.set(key, tree);
  }
  return tree;
}
