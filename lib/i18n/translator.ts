import type { createTranslator, Messages, NamespaceKeys, NestedKeyOf } from "next-intl";

/** A next-intl translator for a part of the message tree, for helpers that are handed one. */
export type Translator<Namespace extends NamespaceKeys<Messages, NestedKeyOf<Messages>> = never> = ReturnType<
  typeof createTranslator<Messages, Namespace>
>;
