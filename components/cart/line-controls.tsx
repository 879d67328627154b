"use client";
import { useTranslations } from "next-intl";
import { elision } from "@/lib/i18n/elision";

import { useActionState, useId } from "react";
import { removeCartItemAction, updateCartItemAction, type CartActionState } from "@/app/[locale]/(storefront)/cart/actions";
import { cartErrorMessage } from "./cart-error-message";

const idle: CartActionState = { status: "idle" };

type Props = { productId: string; productName: string; quantity: number; max: number; };

/** Quantity field with its own submit button (0 removes the line). Works without JavaScript. */
export function QuantityForm({ productId, productName, quantity, max }: Props) {
  const t = useTranslations("storefront");
  const tErrors = useTranslations("storefront.errors");
  const [state, formAction, pending] = useActionState(updateCartItemAction, idle);
  const id = useId();
  return (
    <form action={formAction} className="space-y-1">
      <input type="hidden" name="productId" value={productId} />
      <div className="flex items-center gap-2">
        <label htmlFor={`${id}-quantity`} className="sr-only">
          {t("cart.quantityFor", { product: productName, productStart: elision(productName) })}
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
          aria-describedby={state.status === "error" ? `${id}-error` : undefined}
          aria-invalid={state.status === "error" || undefined}
          className="w-20 rounded-lg border border-stone-300 bg-white px-2.5 py-2 text-sm shadow-sm focus:border-brand-500 aria-[invalid=true]:border-red-600"
        />
        <button
          type="submit"
          disabled={pending}
          aria-label={t("cart.updateLabel", { product: productName, productStart: elision(productName) })}
          className="rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm font-medium hover:bg-stone-50 disabled:opacity-60"
        >
          {pending ? t("cart.updating") : t("cart.update")}
        </button>
      </div>
      <p role="status" className="text-xs text-emerald-700 empty:hidden">
        {state.status === "ok" && !pending ? t("cart.updated") : ""}
      </p>
      {state.status === "error" && (
        <p id={`${id}-error`} role="alert" className="text-xs text-red-700">
          {cartErrorMessage(state, tErrors)}
        </p>
      )}
    </form>
  );
}

/** Removes the line; the group (and the header's count) refresh from the server. */
export function RemoveForm({ productId, productName }: Omit<Props, "quantity" | "max">) {
  const t = useTranslations("storefront");
  const tErrors = useTranslations("storefront.errors");
  const [state, formAction, pending] = useActionState(removeCartItemAction, idle);
  return (
    <form action={formAction}>
      <input type="hidden" name="productId" value={productId} />
      <button
        type="submit"
        disabled={pending}
        aria-label={t("cart.removeLabel", { product: productName })}
        className="rounded-lg px-2 py-1.5 text-sm font-medium text-red-700 underline-offset-2 hover:bg-red-50 hover:underline disabled:opacity-60"
      >
        {pending ? t("cart.removing") : t("cart.remove")}
      </button>
      {state.status === "error" && (
        <p role="alert" className="text-xs text-red-700">
          {cartErrorMessage(state, tErrors)}
        </p>
      )}
    </form>
  );
}
