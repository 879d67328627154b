/** At or below this many units, listings say how many are left. */
export const LOW_STOCK_THRESHOLD = 5;

export type StockState = "unlimited" | "in_stock" | "low" | "sold_out";

/** What a buyer is told about a product's stock (null stock means unlimited). */
export function stockState(stock: number | null): StockState {
  if (stock === null) return "unlimited";
  if (stock <= 0) return "sold_out";
  return stock <= LOW_STOCK_THRESHOLD ? "low" : "in_stock";
}
