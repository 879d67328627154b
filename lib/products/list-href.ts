import type { ProductStatusFilter } from "./types";

/** The seller's product list address for a tab, a search and a page (defaults left out). */
export function productListHref(
  { status, q, page }: { status: ProductStatusFilter; q?: string; page?: number },
  extra: Record<string, string> = {},
): string {
  const params = new URLSearchParams();
  if (status !== "active") params.set("status", status);
  if (q) params.set("q", q);
  if (page && page > 1) params.set("page", String(page));
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const query = params.toString();
  return query ? `/seller/products?${query}` : "/seller/products";
}
