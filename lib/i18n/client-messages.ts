import type { Locale } from "./config";
import { messages } from "./messages";

/**
 * The parts of the message tree that client components read (`useTranslations("…")`, or a key
 * path under the root translator), the only ones the root layout hands to NextIntlClientProvider.
 * Everything given to the provider is written into every page's HTML (the React payload): the
 * whole tree was 55 kB of each page, of which client components read about half; server
 * components read the rest from the server's own copy. tests/unit/client-messages.test.ts fails
 * when a client component asks for a path that is not covered here.
 */
export const CLIENT_MESSAGE_PATHS = [
  "adminMoney.fees",
  "auth",
  "catalog",
  "dateField",
  "header",
  "moneyStock.fixedFees",
  "moneyStock.refunds",
  "onSitePayments.pay",
  "product.unavailable",
  "security",
  "sellerOrders",
  "shipping",
  "shop",
  "storefront",
  "subscriptions",
] as const;

type Tree = { [key: string]: string | Tree };

/** `tree` reduced to `paths` (dot-separated; a path that does not exist is left out). */
export function pickMessages(tree: Tree, paths: readonly string[]): Tree {
  const picked: Tree = {};
  for (const path of paths) {
    const keys = path.split(".");
    let source: string | Tree | undefined = tree;
    for (const key of keys) source = typeof source === "object" ? source[key] : undefined;
    if (source === undefined) continue;
    let target = picked;
    for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Tree;
    target[keys.at(-1)!] = source;
  }
  return picked;
}

// Picked once per language for the process: the same object on every render.
const byLocale = new Map<Locale, Tree>();

/** The messages client components need, in `locale`. */
export function clientMessages(locale: Locale): Tree {
  let picked = byLocale.get(locale);
  if (!picked) {
    picked = pickMessages(messages[locale] as unknown as Tree, CLIENT_MESSAGE_PATHS);
    byLocale.set(locale, picked);
  }
  return picked;
}
