import { normalizeForSearch } from "@/lib/catalog/search-text";
import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { SELLER_PRODUCTS_PAGE_SIZE } from "./limits";
import { findSellerShop } from "./seller-shop";
import type { ProductStatusFilter } from "./types";

export interface ListSellerProductsOptions {
  q?: string | null;
  /** 1-based; out-of-range pages are brought back to the nearest page that exists. */
  page?: number | null;
  status?: ProductStatusFilter | null;
}

const sellerProductSelect = {
  id: true,
  name: true,
  priceAmount: true,
  currency: true,
  imageUrl: true,
  stock: true,
  active: true,
  updatedAt: true,
} as const satisfies Prisma.ProductSelect;

export type SellerProductRow = Prisma.ProductGetPayload<{ select: typeof sellerProductSelect }>;

/** LIKE's wildcards typed by a seller are searched as themselves. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * The seller's products, newest first, 20 a page, with the totals the tabs and the pagination
 * need. The search matches every word of `q` in the stored `searchText`, so it ignores case and
 * accents ("creme" finds "Crème"). Null when the seller has no shop.
 */
export async function listSellerProducts(ownerId: string, options: ListSellerProductsOptions = {}) {
  const shop = await findSellerShop(ownerId);
  if (!shop) return null;

  const status = options.status ?? "active";
  const q = (options.q ?? "").trim();
  const words = normalizeForSearch(q).split(" ").filter(Boolean);
  const search: Prisma.ProductWhereInput = { shopId: shop.id, AND: words.map((word) => ({ searchText: { contains: escapeLike(word) } })) };
  const where: Prisma.ProductWhereInput = status === "all" ? search : { ...search, active: status === "active" };

  const [active, archived] = await Promise.all([
    db.product.count({ where: { ...search, active: true } }),
    db.product.count({ where: { ...search, active: false } }),
  ]);
  const counts = { active, archived, all: active + archived };
  const total = counts[status];
  const pageSize = SELLER_PRODUCTS_PAGE_SIZE;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const requested = Number.isInteger(options.page) && (options.page ?? 0) > 0 ? (options.page as number) : 1;
  const page = Math.min(requested, pages);

  const products = await db.product.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: sellerProductSelect,
  });

  return { shop, products, total, counts, page, pages, pageSize, q, status };
}

export type SellerProductList = NonNullable<Awaited<ReturnType<typeof listSellerProducts>>>;
