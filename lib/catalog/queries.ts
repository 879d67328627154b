import { db } from "@/lib/db";
import { shopCanSell } from "./availability";

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
} as const;

async function toCards<T extends { shop: Parameters<typeof shopCanSell>[0] }>(rows: T[]) {
  return rows.map((row) => ({ ...row, available: shopCanSell(row.shop) }));
}

export type ProductCardData = Awaited<ReturnType<typeof listLatestProducts>>[number];

export async function listLatestProducts(limit = 12) {
  const rows = await db.product.findMany({
    where: { active: true, shop: { status: "ACTIVE" } },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: limit,
    select: productCardSelect,
  });
  return toCards(rows);
}

export async function listShops() {
  const shops = await db.shop.findMany({
    where: { status: "ACTIVE" },
    orderBy: { createdAt: "asc" },
    select: {
      slug: true,
      name: true,
      description: true,
      logoUrl: true,
      status: true,
      stripeAccount: { select: { chargesEnabled: true } },
      _count: { select: { products: { where: { active: true } } } },
    },
  });
  return shops.map((shop) => ({ ...shop, available: shopCanSell(shop), productCount: shop._count.products }));
}

/** Case-insensitive search over product names and descriptions. */
export async function searchProducts(query: string, limit = 48) {
  const q = query.trim();
  if (!q) return [];
  const rows = await db.product.findMany({
    where: {
      active: true,
      shop: { status: "ACTIVE" },
      OR: [
        { name: { contains: q, mode: "insensitive" } },
        { description: { contains: q, mode: "insensitive" } },
        { shop: { name: { contains: q, mode: "insensitive" } } },
      ],
    },
    orderBy: { name: "asc" },
    take: limit,
    select: productCardSelect,
  });
  return toCards(rows);
}
