/**
 * Cache tags of the catalogue's cached reads (lib/catalog/cached.ts) and of the pages built from
 * them. Every listing (home, search) carries CATALOGUE_TAG, which every change invalidates; a
 * product's page its own tag, a shop's page its slug's tag.
 */
export const CATALOGUE_TAG = "catalogue";
export const productTag = (productId: string) => `product:${productId}`;
export const shopTag = (slug: string) => `shop:${slug}`;

/** Longest time a catalogue page or read is served without being rendered again, changes or not (seconds). */
export const CATALOGUE_REVALIDATE_SECONDS = 300;
