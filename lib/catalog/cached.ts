import { unstable_cache } from "next/cache";
import { CATALOGUE_REVALIDATE_SECONDS, CATALOGUE_TAG, productTag, shopTag } from "@/lib/cache/tags";
import { getProductPage, getShopPage, listLatestProducts, listShops, searchProducts } from "./queries";

// The catalogue's reads through Next's data cache, tagged so that lib/cache/catalogue.ts can
// invalidate them (and the pages built from them, which inherit the tags) from any process.

const options = (tags: string[]) => ({ tags, revalidate: CATALOGUE_REVALIDATE_SECONDS });

export const cachedLatestProducts = unstable_cache(listLatestProducts, ["catalogue:latest-products"], options([CATALOGUE_TAG]));

export const cachedShops = unstable_cache(listShops, ["catalogue:shops"], options([CATALOGUE_TAG]));

export function cachedShopPage(slug: string) {
  return unstable_cache(getShopPage, ["catalogue:shop-page"], options([shopTag(slug)]))(slug);
}

export function cachedProductPage(productId: string) {
  return unstable_cache(getProductPage, ["catalogue:product-page"], options([productTag(productId)]))(productId);
}

/** Search results per (query, page): every catalogue change drops them; the LRU bounds how many are kept. */
export function cachedSearch(query: string, page: number) {
  return unstable_cache((q: string, p: number) => searchProducts(q, { page: p }), ["catalogue:search"], options([CATALOGUE_TAG]))(query, page);
}
