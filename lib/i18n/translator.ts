import type { createTranslator, Messages, NamespaceKeys, NestedKeyOf } from "next-intl";

/** A next-intl translator for a part of the message tree, for helpers that are handed one. */
export type Translator<Namespace extends NamespaceKeys<Messages, NestedKeyOf<Messages>> = never> = ReturnType<
  typeof createTranslator<Messages, Namespace>
>;

type AnyTranslator = { (key: never, values?: never): string; raw(key: never): unknown; has(key: never): boolean };

/**
 * The messages below a namespace as a flat table by dotted path ({ "business_profile.url": "…" }),
 * for lookups by codes that come from elsewhere (Stripe's requirement codes) and helpers taking words.
 */
export function messageTable(t: AnyTranslator, namespace: string): Record<string, string> {
  const flat: Record<string, string> = {};
  const walk = (node: unknown, prefix: string) => {
    if (typeof node === "string") flat[prefix] = node;
    else for (const [key, value] of Object.entries(node as object)) walk(value, prefix ? `${prefix}.${key}` : key);
  };
  walk(t.raw(namespace as never), "");
  return flat;
}

/** The message for a key decided at run time (an error code from a URL, a status), or `fallback`. */
export function translateKnown(t: AnyTranslator, key: string, values?: Record<string, string | number>, fallback?: string): string | undefined {
  return t.has(key as never) ? t(key as never, values as never) : fallback;
}
