"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import type { CartAction } from "@/lib/cart/action-state";
import type { CartGroupView, CartLineView } from "./cart-view";
import { CheckoutForm } from "./checkout-form";
import { CartLineForm } from "./line-form";

const noteTone = { danger: "text-red-700", warning: "text-amber-800", info: "text-stone-600" } as const;

function CartLineRow({ line, changeLineAction }: { line: CartLineView; changeLineAction: CartAction }) {
  return (
    <li className="grid grid-cols-[4rem_1fr] gap-x-4 gap-y-3 py-4 sm:grid-cols-[5rem_1fr_auto] sm:items-center">
      <div className="size-16 overflow-hidden rounded-xl bg-stone-100 sm:size-20">
        {line.imageUrl && (
          // eslint-disable-next-line @next/next/no-img-element -- local SVG illustrations and uploads
          <img src={line.imageUrl} alt="" className={`size-full object-cover ${line.active ? "" : "opacity-60 grayscale"}`} />
        )}
      </div>
      <div className="min-w-0 space-y-1">
        <h3 className="font-semibold leading-snug">
          {line.active ? (
            <Link href={`/products/${line.productId}`} className="hover:text-brand-700 hover:underline">
              {line.name}
            </Link>
          ) : (
            line.name
          )}
        </h3>
        <p className="text-sm text-stone-600">{line.unitPrice}</p>
        {line.note && <p className={`text-sm font-medium ${noteTone[line.note.tone]}`}>{line.note.text}</p>}
      </div>
      <CartLineForm productId={line.productId} quantity={line.quantity} max={line.max} labels={line.labels} action={changeLineAction}>
        <p className="text-right">
          <span className="sr-only">{line.lineTotalLabel}</span>
          <span aria-hidden className="font-semibold tabular-nums">
            {line.lineTotal}
          </span>
        </p>
      </CartLineForm>
    </li>
  );
}

/**
 * One shop's part of the cart: its lines, its subtotal and its own pay button (each shop is a
 * separate direct charge). `group` comes written and formatted from the server (cartGroupView);
 * `notice` is shown at the top, e.g. why the last checkout did not start.
 */
export function CartShopGroupSection({ group, notice, changeLineAction }: { group: CartGroupView; notice?: ReactNode; changeLineAction: CartAction }) {
  const t = useTranslations();
  const { shop } = group;
  const headingId = `cart-shop-${shop.id}`;
  return (
    <section aria-labelledby={headingId} className="space-y-4 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm sm:p-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="text-xl font-bold">
          <Link href={`/shops/${shop.slug}`} className="hover:text-brand-700 hover:underline">
            {shop.name}
          </Link>
        </h2>
        {!shop.canSell && <Badge tone="warning">{t("product.unavailable")}</Badge>}
      </div>
      {notice}
      <ul aria-label={group.itemsTitle} className="divide-y divide-stone-100 border-y border-stone-100">
        {group.lines.map((line) => (
          <CartLineRow key={line.productId} line={line} changeLineAction={changeLineAction} />
        ))}
      </ul>
      <div className="flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">
        <p className="flex items-baseline gap-3 text-lg">
          <span>{t("storefront.cart.subtotal")}</span>
          <strong className="tabular-nums">{group.subtotal}</strong>
        </p>
        {shop.canSell ? (
          <div className="space-y-1 sm:text-right">
            <CheckoutForm shopId={shop.id} label={group.payLabel} pendingLabel={t("storefront.cart.redirecting")} />
            <p className="text-xs text-stone-500">{t("storefront.cart.payNote")}</p>
          </div>
        ) : (
          <p className="max-w-md rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">{group.cannotSell}</p>
        )}
      </div>
    </section>
  );
}
