import { useTranslations } from "next-intl";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import type { ProductCardData } from "@/lib/catalog/queries";
import { stockState } from "@/lib/catalog/stock";

/**
 * The whole card is one link to the product. Its accessible name is the product's name alone;
 * the shop, price and availability are its description, so a list of links stays easy to scan.
 */
export function ProductCard({ product, locale }: { product: ProductCardData; locale: Locale }) {
  const t = useTranslations();
  const stock = stockState(product.stock);
  const ids = { name: `product-${product.id}-name`, meta: `product-${product.id}-meta`, status: `product-${product.id}-status` };
  const price = formatMoney(product.priceAmount, product.currency, locale);
  const badge = !product.available ? (
    <Badge tone="warning">{t("product.unavailable")}</Badge>
  ) : stock === "sold_out" ? (
    <Badge tone="danger">{t("product.outOfStock")}</Badge>
  ) : stock === "low" ? (
    <Badge tone="info">{t("product.lowStock", { count: product.stock ?? 0 })}</Badge>
  ) : null;
  return (
    <Link
      href={`/products/${product.id}`}
      aria-labelledby={ids.name}
      aria-describedby={`${ids.meta}${badge ? ` ${ids.status}` : ""}`}
      className="group flex h-full flex-col overflow-hidden rounded-2xl border border-stone-200 bg-white shadow-sm transition hover:-translate-y-0.5 hover:shadow-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
    >
      <div className="relative aspect-square bg-stone-100">
        {product.imageUrl && (
          // eslint-disable-next-line @next/next/no-img-element -- local SVG illustrations, nothing to optimise
          <img
            src={product.imageUrl}
            alt=""
            className={`size-full object-cover transition group-hover:scale-[1.02] ${product.available ? "" : "opacity-70 grayscale-[40%]"}`}
            loading="lazy"
          />
        )}
        {badge && (
          <div id={ids.status} className="absolute left-3 top-3 flex gap-1.5">
            {badge}
          </div>
        )}
      </div>
      <div className="flex flex-1 flex-col gap-1 p-4">
        <h3 id={ids.name} className="font-semibold leading-snug group-hover:text-brand-700">
          {product.name}
        </h3>
        <div id={ids.meta} className="mt-auto flex flex-col gap-1">
          <p className="text-xs text-stone-500">{t("product.by", { shop: product.shop.name })}</p>
          <p className="pt-1 text-base font-bold">
            <span className="sr-only">{t("storefront.card.price", { price })}</span>
            <span aria-hidden>{price}</span>
          </p>
          {!product.available && <p className="text-xs text-stone-500">{t("product.unavailableHint")}</p>}
        </div>
      </div>
    </Link>
  );
}

export function ProductGrid({ products, locale }: { products: ProductCardData[]; locale: Locale }) {
  return (
    <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4">
      {products.map((product) => (
        <li key={product.id}>
          <ProductCard product={product} locale={locale} />
        </li>
      ))}
    </ul>
  );
}
