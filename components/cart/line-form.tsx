"use client";
import { useTranslations } from "next-intl";
import { useActionState, useId, useState, type ReactNode } from "react";
import type { CartAction, CartActionState } from "@/lib/cart/action-state";
import { cartErrorMessage } from "./cart-error-message";

const idle: CartActionState = { status: "idle" };

type Props = {
  productId: string;
  quantity: number;
  max: number;
  /** The line's accessible names, which say the product's name, written on the server (cartGroupView). */
  labels: { quantity: string; update: string; remove: string };
  action: CartAction;
  children: ReactNode;
};

/**
 * A cart line's controls in one form (one server action, one state): the quantity with its own
 * submit button (0 removes the line), then `children` (the line's total), then the remove button.
 * The pressed button's `intent` tells the action which change; pressing Enter in the field submits
 * with the first button, the update. A plain form posting to a server action: it works without
 * JavaScript.
 */
export function CartLineForm({ productId, quantity, max, labels, action, children }: Props) {
  const t = useTranslations("storefront");
  const tErrors = useTranslations("storefront.errors");
  const [state, formAction, pending] = useActionState(action, idle);
  // Which button started the pending change, for its label.
  const [intent, setIntent] = useState<"update" | "remove">("update");
  const id = useId();
  const error = state.status === "error";
  return (
    <form action={formAction} className="col-span-2 flex flex-wrap items-start justify-between gap-3 sm:col-span-1 sm:flex-col sm:items-end">
      <input type="hidden" name="productId" value={productId} />
      <div className="space-y-1">
        <div className="flex items-center gap-2">
          <label htmlFor={`${id}-quantity`} className="sr-only">
            {labels.quantity}
          </label>
          <input
            // A new quantity from the server replaces what the field shows.
            key={quantity}
            id={`${id}-quantity`}
            name="quantity"
            type="number"
            inputMode="numeric"
            min={0}
            max={max}
            defaultValue={quantity}
            required
            aria-describedby={error ? `${id}-error` : undefined}
            aria-invalid={error || undefined}
            className="w-20 rounded-lg border border-stone-300 bg-white px-2.5 py-2 text-sm shadow-sm focus:border-brand-500 aria-[invalid=true]:border-red-600"
          />
          <button
            type="submit"
            name="intent"
            value="update"
            onClick={() => setIntent("update")}
            disabled={pending}
            aria-label={labels.update}
            className="rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm font-medium hover:bg-stone-50 disabled:opacity-60"
          >
            {pending && intent === "update" ? t("cart.updating") : t("cart.update")}
          </button>
        </div>
        <p role="status" className="text-xs text-emerald-700 empty:hidden">
          {state.status === "ok" && !pending ? t("cart.updated") : ""}
        </p>
        {error && (
          <p id={`${id}-error`} role="alert" className="text-xs text-red-700">
            {cartErrorMessage(state, tErrors)}
          </p>
        )}
      </div>
      <div className="flex items-center gap-3">
        {children}
        <button
          type="submit"
          name="intent"
          value="remove"
          // Removing needs no valid quantity.
          formNoValidate
          onClick={() => setIntent("remove")}
          disabled={pending}
          aria-label={labels.remove}
          className="rounded-lg px-2 py-1.5 text-sm font-medium text-red-700 underline-offset-2 hover:bg-red-50 hover:underline disabled:opacity-60"
        >
          {pending && intent === "remove" ? t("cart.removing") : t("cart.remove")}
        </button>
      </div>
    </form>
  );
}
