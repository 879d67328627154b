import "server-only";
import type { CartLine, CartShopGroup } from "@/lib/cart/store";
import { MAX_LINE_QUANTITY } from "@/lib/cart/schemas";
import { LOW_STOCK_THRESHOLD } from "@/lib/catalog/stock";
import type { Locale } from "@/lib/i18n/config";
import { elision } from "@/lib/i18n/elision";
import { formatMoney } from "@/lib/i18n/format";
import { translatorFor } from "@/lib/i18n/server";
import type { Translator } from "@/lib/i18n/translator";

export type NoteTone = "danger" | "warning" | "info";

/** One cart line as the cart page shows it: every sentence written, every amount formatted. */
export type CartLineView = {
  productId: string;
  name: string;
  imageUrl: string | null;
  active: boolean;
  quantity: number;
  /** The quantity field's upper bound: the stock when it is counted, else the cart's limit. */
  max: number;
  unitPrice: string;
  lineTotal: string;
  lineTotalLabel: string;
  note: { tone: NoteTone; text: string } | null;
  /** Accessible names that say which product a control is for. */
  labels: { quantity: string; update: string; remove: string };
};

/** One shop's part of the cart page, written on the server (see CartShopGroupSection). */
export type CartGroupView = {
  shop: { id: string; slug: string; name: string; canSell: boolean };
  itemsTitle: string;
  subtotal: string;
  payLabel: string;
  cannotSell: string;
  lines: CartLineView[];
};

/** What stands between this line and its checkout, if anything (or a gentle low-stock note). */
function lineNote(item: CartLine, t: Translator): CartLineView["note"] {
  if (!item.active) return { tone: "danger", text: t("storefront.cart.inactive") };
  if (item.stock === null) return null;
  if (item.stock <= 0) return { tone: "danger", text: t("storefront.cart.soldOut") };
  if (item.quantity > item.stock) return { tone: "warning", text: t("storefront.cart.overStock", { count: item.stock }) };
  if (item.stock <= LOW_STOCK_THRESHOLD) return { tone: "info", text: t("product.lowStock", { count: item.stock }) };
  return null;
}

function lineView(item: CartLine, currency: string, locale: Locale, t: Translator): CartLineView {
  const product = { product: item.name, productStart: elision(item.name) };
  const lineTotal = formatMoney(item.lineTotal, currency, locale);
  return {
    productId: item.productId,
    name: item.name,
    imageUrl: item.imageUrl,
    active: item.active,
    quantity: item.quantity,
    max: item.stock === null ? MAX_LINE_QUANTITY : Math.max(0, Math.min(MAX_LINE_QUANTITY, item.stock)),
    unitPrice: t("storefront.cart.unitPrice", { price: formatMoney(item.unitAmount, currency, locale) }),
    lineTotal,
    lineTotalLabel: t("storefront.cart.lineTotal", { amount: lineTotal }),
    note: lineNote(item, t),
    labels: {
      quantity: t("storefront.cart.quantityFor", product),
      update: t("storefront.cart.updateLabel", product),
      remove: t("storefront.cart.removeLabel", product),
    },
  };
}

/**
 * A shop's group of the cart, ready to show. The page is rendered per request, so its sentences are
 * written here with the process-wide translator and handed to one client component per group as
 * plain data: far cheaper to render than the same markup built by server components.
 */
export function cartGroupView(group: CartShopGroup, locale: Locale): CartGroupView {
  const t = translatorFor(locale);
  const { shop } = group;
  const subtotal = formatMoney(group.subtotal, shop.currency, locale);
  return {
    shop: { id: shop.id, slug: shop.slug, name: shop.name, canSell: shop.canSell },
    itemsTitle: t("storefront.cart.itemsTitle", { shop: shop.name, shopStart: elision(shop.name) }),
    subtotal,
    payLabel: t("storefront.cart.pay", { shop: shop.name, amount: subtotal }),
    cannotSell: t("storefront.cart.cannotSell", { shop: shop.name }),
    lines: group.items.map((item) => lineView(item, shop.currency, locale, t)),
  };
}
