import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { listedUnsellableShopWhere, sellableShopWhere, shopCanSell } from "./availability";
import { SEARCH_MAX_LENGTH } from "./search-path";
import { normalizeForSearch } from "./search-text";

export const SEARCH_PAGE_SIZE = 24;
/** Most words taken into account (the longest query is SEARCH_MAX_LENGTH): a search box, not a document. */
const SEARCH_MAX_TERMS = 8;

const productCardSelect = {
  id: true,
  name: true,
  description: true,
  priceAmount: true,
  currency: true,
  imageUrl: true,
  stock: true,
  shop: {
    select: { slug: true, name: true, status: true, stripeAccount: { select: { chargesEnabled: true } } },
  },
} as const satisfies Prisma.ProductSelect;

type ProductRow = Prisma.ProductGetPayload<{ select: typeof productCardSelect }>;
export type ProductCardData = ProductRow & { available: boolean };

function toCards(rows: ProductRow[]): ProductCardData[] {
  return rows.map((row) => ({ ...row, available: shopCanSell(row.shop) }));
}

const listedProductWhere = { active: true, shop: { status: "ACTIVE" } } satisfies Prisma.ProductWhereInput;

type Tiers = { sellable: Prisma.ProductWhereInput; unsellable: Prisma.ProductWhereInput };

/** Products of shops that can take payments first, then the others, so a listing's first screen is buyable. */
function splitBySellability(where: Prisma.ProductWhereInput): Tiers {
  return {
    sellable: { AND: [where, { shop: sellableShopWhere }] },
    unsellable: { AND: [where, { shop: listedUnsellableShopWhere }] },
  };
}

async function countTiers(tiers: Tiers) {
  const [sellable, unsellable] = await Promise.all([
    db.product.count({ where: tiers.sellable }),
    db.product.count({ where: tiers.unsellable }),
  ]);
  return { sellable, unsellable, total: sellable + unsellable };
}

/**
 * One page (skip/take) over the two tiers laid end to end: one query, or two when the page
 * straddles the tiers. Without `counts`, the first tier is read and the second only if it fell short.
 */
async function findAcrossTiers(
  tiers: Tiers,
  counts: { sellable: number; unsellable: number } | null,
  orderBy: Prisma.ProductOrderByWithRelationInput[],
  skip: number,
  take: number,
): Promise<ProductRow[]> {
  const first =
    !counts || skip < counts.sellable
      ? await db.product.findMany({ where: tiers.sellable, orderBy, skip, take, select: productCardSelect })
      : [];
  const remaining = take - first.length;
  if (remaining <= 0 || counts?.unsellable === 0) return first;
  const sellable = counts?.sellable ?? skip + first.length;
  const second = await db.product.findMany({
    where: tiers.unsellable,
    orderBy,
    skip: Math.max(0, skip - sellable),
    take: remaining,
    select: productCardSelect,
  });
  return [...first, ...second];
}

/** The newest products for the home page, those that can be bought first (no count needed: one query when enough can be bought). */
export async function listLatestProducts(limit = 12): Promise<ProductCardData[]> {
  const tiers = splitBySellability(listedProductWhere);
  return toCards(await findAcrossTiers(tiers, null, [{ createdAt: "desc" }, { id: "asc" }], 0, limit));
}

/** Listed shops (not suspended), those that can take payments first. */
export async function listShops() {
  const shops = await db.shop.findMany({
    where: { status: "ACTIVE" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      logoUrl: true,
      status: true,
      stripeAccount: { select: { chargesEnabled: true } },
      _count: { select: { products: { where: { active: true } } } },
    },
  });
  const cards = shops.map(({ _count, ...shop }) => ({ ...shop, available: shopCanSell(shop), productCount: _count.products }));
  // Stable sort: creation order is kept within each group.
  return cards.sort((a, b) => Number(b.available) - Number(a.available));
}

export type ShopCardData = Awaited<ReturnType<typeof listShops>>[number];

/**
 * Prisma's `contains` becomes a LIKE pattern without escaping: "%" and "_" would match anything.
 * Backslash is PostgreSQL's default LIKE escape character.
 */
export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The words of a query, each matched on its own (in any order): "creme vanille" finds "Crème à la vanille". */
export function searchTerms(query: string): { raw: string; normalized: string }[] {
  const seen = new Set<string>();
  const terms: { raw: string; normalized: string }[] = [];
  // Control characters (NUL above all, which PostgreSQL refuses in text) separate words like spaces.
  const cleaned = query.slice(0, SEARCH_MAX_LENGTH).replace(/\p{Cc}/gu, " ");
  for (const raw of cleaned.trim().split(/\s+/)) {
    const normalized = normalizeForSearch(raw);
    if (!normalized || seen.has(normalized)) continue;
    seen.add(normalized);
    terms.push({ raw, normalized });
    if (terms.length === SEARCH_MAX_TERMS) break;
  }
  return terms;
}

export type SearchResult = {
  products: ProductCardData[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
};

/**
 * Case- and accent-insensitive search over product names and descriptions (the stored `searchText`)
 * and shop names: every word of the query must match one of them. Paginated; products of shops
 * that can take payments come first, then by name. A page past the end is brought back to the last.
 */
export async function searchProducts(
  query: string,
  { page = 1, pageSize = SEARCH_PAGE_SIZE }: { page?: number; pageSize?: number } = {},
): Promise<SearchResult> {
  const terms = searchTerms(query);
  if (terms.length === 0) return { products: [], total: 0, page: 1, pageSize, pageCount: 0 };
  const where: Prisma.ProductWhereInput = {
    ...listedProductWhere,
    AND: terms.map(({ raw, normalized }) => ({
      OR: [
        { searchText: { contains: escapeLike(normalized) } },
        { shop: { name: { contains: escapeLike(raw), mode: "insensitive" } } },
        // Slugs are lower-case and accent-free: "brulerie" finds "Brûlerie du Port".
        { shop: { slug: { contains: escapeLike(normalized) } } },
      ],
    })),
  };
  const tiers = splitBySellability(where);
  const counts = await countTiers(tiers);
  const pageCount = Math.ceil(counts.total / pageSize);
  const current = Math.min(Math.max(1, Math.floor(page) || 1), Math.max(1, pageCount));
  const rows =
    counts.total === 0
      ? []
      : await findAcrossTiers(tiers, counts, [{ name: "asc" }, { id: "asc" }], (current - 1) * pageSize, pageSize);
  return { products: toCards(rows), total: counts.total, page: current, pageSize, pageCount };
}

/** A listed shop's page: the shop and its products on sale; null for unknown or suspended shops. */
export async function getShopPage(slug: string) {
  const shop = await db.shop.findFirst({
    where: { slug, status: "ACTIVE" },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      country: true,
      currency: true,
      logoUrl: true,
      status: true,
      stripeAccount: { select: { chargesEnabled: true } },
      products: {
        where: { active: true },
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        select: productCardSelect,
      },
    },
  });
  if (!shop) return null;
  const { products, ...rest } = shop;
  return { ...rest, available: shopCanSell(shop), products: toCards(products) };
}

export type ShopPageData = NonNullable<Awaited<ReturnType<typeof getShopPage>>>;

/** A product's page; null when the product is withdrawn from sale or its shop is suspended. */
export async function getProductPage(productId: string) {
  const product = await db.product.findFirst({
    where: { id: productId, ...listedProductWhere },
    select: {
      id: true,
      name: true,
      description: true,
      priceAmount: true,
      currency: true,
      imageUrl: true,
      stock: true,
      shop: {
        select: {
          id: true,
          slug: true,
          name: true,
          country: true,
          logoUrl: true,
          status: true,
          stripeAccount: { select: { chargesEnabled: true } },
        },
      },
    },
  });
  if (!product) return null;
  return { ...product, available: shopCanSell(product.shop) };
}

export type ProductPageData = NonNullable<Awaited<ReturnType<typeof getProductPage>>>;
