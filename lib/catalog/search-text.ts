/**
 * Lower-case and accent-free, so "creme brulee" finds "Crème brûlée" on any PostgreSQL, with no
 * extension (PGlite has no unaccent). Stored on products and applied to queries alike.
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

export function productSearchText(product: { name: string; description: string }): string {
  return normalizeForSearch(`${product.name} ${product.description}`);
}
