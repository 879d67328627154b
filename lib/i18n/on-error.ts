import type { IntlError } from "next-intl";

/** A missing message is a bug: fail loudly in development and tests, show the key's path in production. */
export function onIntlError(error: IntlError) {
  if (process.env.NODE_ENV !== "production") throw error;
  console.error(error);
}
