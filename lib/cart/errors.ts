/** Why a cart change was refused, with the HTTP-style status it amounts to. */
export type CartErrorCode =
  | "invalid"
  | "not_found"
  | "inactive"
  | "unavailable"
  | "insufficient_stock"
  | "quantity_limit"
  | "unexpected";

const statusOf: Record<CartErrorCode, 400 | 404 | 409 | 422 | 500> = {
  invalid: 422,
  not_found: 404,
  inactive: 409,
  unavailable: 409,
  insufficient_stock: 409,
  quantity_limit: 422,
  unexpected: 500,
};

export class CartError extends Error {
  readonly status: number;

  constructor(
    readonly code: CartErrorCode,
    /** For insufficient_stock: how many the shop has, and how many are already in the cart. */
    readonly detail: { available?: number; inCart?: number } = {},
  ) {
    super(`Cart change refused: ${code}`);
    this.name = "CartError";
    this.status = statusOf[code];
  }
}

export function cartErrorStatus(code: CartErrorCode): number {
  return statusOf[code];
}
