"use client";
import { useTranslations } from "next-intl";

import Link from "next/link";
import { useActionState, useId } from "react";
import type { CartAction, CartActionState } from "@/lib/cart/action-state";
import { Button } from "@/components/ui/button";
import { useAnnounceCartChange } from "@/components/layout/visitor-events";
import { cartErrorMessage } from "./cart-error-message";

const idle: CartActionState = { status: "idle" };

/**
 * Quantity and "Add to cart". A plain form posting to a server action: it works before (or
 * without) JavaScript, and with it the page stays put, the confirmation is announced and the
 * header's count refreshes. When the product cannot be bought, the controls are disabled and
 * the reason is shown next to them.
 */
export function AddToCartForm({
  productId,
  productName,
  maxQuantity,
  disabledReason,
  action,
}: {
  productId: string;
  productName: string;
  maxQuantity: number;
  disabledReason: string | null;
  /** addToCartAction, from the page. */
  action: CartAction;
}) {
  const t = useTranslations("storefront");
  const tErrors = useTranslations("storefront.errors");
  const [state, formAction, pending] = useActionState(action, idle);
  useAnnounceCartChange(state);
  const id = useId();
  const disabled = disabledReason !== null;
  return (
    <form action={formAction} className="space-y-4" aria-describedby={disabled ? `${id}-reason` : undefined}>
      <input type="hidden" name="productId" value={productId} />
      <div className="flex flex-wrap items-end gap-3">
        <div className="space-y-1.5">
          <label htmlFor={`${id}-quantity`} className="block text-sm font-medium">
            {t("product.quantity")}
          </label>
          <input
            id={`${id}-quantity`}
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={Math.max(1, maxQuantity)}
            defaultValue={1}
            required
            disabled={disabled}
            className="block w-24 rounded-lg border border-stone-300 bg-white px-3 py-2.5 text-sm shadow-sm focus:border-brand-500 disabled:bg-stone-100 disabled:text-stone-400"
          />
        </div>
        <Button type="submit" disabled={disabled || pending} aria-busy={pending || undefined} className="min-w-48">
          {pending && <span aria-hidden className="size-4 animate-spin rounded-full border-2 border-white/40 border-t-white" />}
          {pending ? t("product.adding") : t("product.addToCart")}
        </Button>
      </div>
      {disabled && (
        <p id={`${id}-reason`} className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {disabledReason}
        </p>
      )}
      {/* Always in the page, so that assistive technologies announce what appears in it. */}
      <div role="status" aria-live="polite" className="empty:hidden">
        {state.status === "ok" && (
          <p key={state.at} className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
            <span>{t("product.added", { quantity: state.quantity, product: productName })}</span>
            <Link href="/cart" className="font-semibold underline underline-offset-2">
              {t("product.viewCart")}
            </Link>
          </p>
        )}
      </div>
      {state.status === "error" && (
        <p key={state.at} role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {cartErrorMessage(state, tErrors)}
        </p>
      )}
    </form>
  );
}
