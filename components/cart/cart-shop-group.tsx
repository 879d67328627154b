import type { Translator } from "@/lib/i18n/translator";
import { elision } from "@/lib/i18n/elision";
import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import type { CartAction } from "@/lib/cart/action-state";
import type { CartLine, CartShopGroup } from "@/lib/cart/store";
import { MAX_LINE_QUANTITY } from "@/lib/cart/schemas";
import { LOW_STOCK_THRESHOLD } from "@/lib/catalog/stock";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney } from "@/lib/i18n/format";
import { translatorFor } from "@/lib/i18n/server";
import { CheckoutForm } from "./checkout-form";
import { CartLineForm } from "./line-form";

/** What stands between this line and its checkout, if anything (or a gentle low-stock note). */
function lineNote(item: CartLine, t: Translator): { tone: "danger" | "warning" | "info"; text: string } | null {
  if (!item.active) return { tone: "danger", text: t("storefront.cart.inactive") };
  if (item.stock === null) return null;
  if (item.stock <= 0) return { tone: "danger", text: t("storefront.cart.soldOut") };
  if (item.quantity > item.stock) return { tone: "warning", text: t("storefront.cart.overStock", { count: item.stock }) };
  if (item.stock <= LOW_STOCK_THRESHOLD) return { tone: "info", text: t("product.lowStock", { count: item.stock }) };
  return null;
}

const noteTone = { danger: "text-red-700", warning: "text-amber-800", info: "text-stone-600" } as const;

type LineProps = { item: CartLine; currency: string; locale: Locale; changeLineAction: CartAction };

function CartLineRow({ item, currency, locale, changeLineAction }: LineProps) {
  const t = translatorFor(locale);
  const note = lineNote(item, t);
  const lineTotal = formatMoney(item.lineTotal, currency, locale);
  const product = { product: item.name, productStart: elision(item.name) };
  const labels = {
    quantity: t("storefront.cart.quantityFor", product),
    update: t("storefront.cart.updateLabel", product),
    remove: t("storefront.cart.removeLabel", product),
  };
  const max = item.stock === null ? MAX_LINE_QUANTITY : Math.max(0, Math.min(MAX_LINE_QUANTITY, Math.max(item.stock, 0)));
  return (
    <li className="grid grid-cols-[4rem_1fr] gap-x-4 gap-y-3 py-4 sm:grid-cols-[5rem_1fr_auto] sm:items-center">
      <div className="size-16 overflow-hidden rounded-xl bg-stone-100 sm:size-20">
        {item.imageUrl && (
          // eslint-disable-next-line @next/next/no-img-element -- local SVG illustrations and uploads
          <img src={item.imageUrl} alt="" className={`size-full object-cover ${item.active ? "" : "opacity-60 grayscale"}`} />
        )}
      </div>
      <div className="min-w-0 space-y-1">
        <h3 className="font-semibold leading-snug">
          {item.active ? (
            <Link href={`/products/${item.productId}`} className="hover:text-brand-700 hover:underline">
              {item.name}
            </Link>
          ) : (
            item.name
          )}
        </h3>
        <p className="text-sm text-stone-600">
          {t("storefront.cart.unitPrice", { price: formatMoney(item.unitAmount, currency, locale) })}
        </p>
        {note && <p className={`text-sm font-medium ${noteTone[note.tone]}`}>{note.text}</p>}
      </div>
      <CartLineForm productId={item.productId} quantity={item.quantity} max={max} labels={labels} action={changeLineAction}>
        <p className="text-right">
          <span className="sr-only">{t("storefront.cart.lineTotal", { amount: lineTotal })}</span>
          <span aria-hidden className="font-semibold tabular-nums">
            {lineTotal}
          </span>
        </p>
      </CartLineForm>
    </li>
  );
}

/**
 * One shop's part of the cart: its lines, its subtotal and its own pay button (each shop is a
 * separate direct charge). `notice` is shown at the top, e.g. why the last checkout did not start.
 */
export function CartShopGroupSection({
  group,
  notice,
  locale,
  changeLineAction,
}: {
  group: CartShopGroup;
  notice?: ReactNode;
  locale: Locale;
  /** changeCartLineAction, from the page. */
  changeLineAction: CartAction;
}) {
  const t = translatorFor(locale);
  const { shop } = group;
  const headingId = `cart-shop-${shop.id}`;
  const subtotal = formatMoney(group.subtotal, shop.currency, locale);
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
      <ul aria-label={t("storefront.cart.itemsTitle", { shop: shop.name, shopStart: elision(shop.name) })} className="divide-y divide-stone-100 border-y border-stone-100">
        {group.items.map((item) => (
          <CartLineRow key={item.productId} item={item} currency={shop.currency} locale={locale} changeLineAction={changeLineAction} />
        ))}
      </ul>
      <div className="flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">
        <p className="flex items-baseline gap-3 text-lg">
          <span>{t("storefront.cart.subtotal")}</span>
          <strong className="tabular-nums">{subtotal}</strong>
        </p>
        {shop.canSell ? (
          <div className="space-y-1 sm:text-right">
            <CheckoutForm shopId={shop.id} label={t("storefront.cart.pay", { shop: shop.name, amount: subtotal })} pendingLabel={t("storefront.cart.redirecting")} />
            <p className="text-xs text-stone-500">{t("storefront.cart.payNote")}</p>
          </div>
        ) : (
          <p className="max-w-md rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {t("storefront.cart.cannotSell", { shop: shop.name })}
          </p>
        )}
      </div>
    </section>
  );
}
