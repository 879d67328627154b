// Slug rules without any database access, so the browser can use them as the seller types.

export const SLUG_MIN_LENGTH = 3;
export const SLUG_MAX_LENGTH = 48;
/** Lower-case letters and digits in groups joined by single hyphens: "atelier-lumiere-2". */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Words a shop may not take: paths of the app (present and planned) and names that would let a shop
 * pass for the platform.
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  "about", "account", "accounts", "admin", "administrateur", "administration", "api", "app", "assets",
  "auth", "billing", "blog", "cart", "checkout", "comptoir", "contact", "dashboard", "edit", "help",
  "home", "legal", "login", "logout", "me", "new", "null", "order", "orders", "panier", "payment",
  "payments", "privacy", "product", "products", "public", "register", "search", "sell", "seller",
  "sellers", "settings", "shop", "shops", "signin", "signout", "signup", "static", "status",
  "stripe", "support", "terms", "undefined", "upload", "uploads", "vendeur", "webhook", "webhooks",
  "www",
]);

// Letters that Unicode decomposition does not turn into a base letter plus an accent.
const SPECIAL_LETTERS: Record<string, string> = {
  "æ": "ae", "œ": "oe", "ß": "ss", "ø": "o", "đ": "d", "ð": "d", "ł": "l", "þ": "th", "ı": "i", "ħ": "h",
};

/**
 * A slug from a shop name: lower-case, accents stripped, anything else turned into single hyphens,
 * cut to 48 characters ("Atelier Lumière & Cie" -> "atelier-lumiere-cie", "Épicerie d'Alice" ->
 * "epicerie-d-alice": an apostrophe separates words, as French elision reads). May be shorter than 3
 * characters (or empty) for very short names; validation then asks the seller for a longer one.
 */
export function slugify(name: string): string {
  const base = name
    .toLowerCase()
    .replace(/[æœßøđðłþıħ]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return base.slice(0, SLUG_MAX_LENGTH).replace(/-+$/, "");
}

export function isReservedSlug(slug: string): boolean {
  return RESERVED_SLUGS.has(slug);
}

export type SlugProblem = "slugRequired" | "slugTooShort" | "slugTooLong" | "slugInvalid" | "slugReserved";

/** What is wrong with a slug's form (not its availability), as a message key, or null. */
export function slugProblem(slug: string): SlugProblem | null {
  if (slug.length === 0) return "slugRequired";
  if (slug.length < SLUG_MIN_LENGTH) return "slugTooShort";
  if (slug.length > SLUG_MAX_LENGTH) return "slugTooLong";
  if (!SLUG_PATTERN.test(slug)) return "slugInvalid";
  if (isReservedSlug(slug)) return "slugReserved";
  return null;
}
