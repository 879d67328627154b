import type { CartErrorCode } from "./errors";

/** What a cart form's server action answers: nothing yet, the change made, or why it was refused. */
export type CartActionState =
  | { status: "idle" }
  | { status: "ok"; productId: string; quantity: number; cartCount: number; at: number }
  | { status: "error"; code: CartErrorCode; httpStatus: number; available?: number; inCart?: number; at: number };

/** A cart form's server action (app/[locale]/(storefront)/cart/actions.ts), handed to the form by its page. */
export type CartAction = (previous: CartActionState, form: FormData) => Promise<CartActionState>;
