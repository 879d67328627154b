import { Badge } from "@/components/ui/badge";
import { formatMoney, interpolate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";
import type { ProductCardData } from "@/lib/catalog/queries";

const LOW_STOCK = 5;

export function ProductCard({ product, t, locale }: { product: ProductCardData; t: Messages; locale: Locale }) {
  const soldOut = product.stock !== null && product.stock <= 0;
  return (
    <article className="group flex flex-col overflow-hidden rounded-2xl border border-stone-200 bg-white shadow-sm transition hover:shadow-md">
      <div className="relative aspect-square bg-stone-100">
        {product.imageUrl && (
          // eslint-disable-next-line @next/next/no-img-element -- local SVG illustrations, nothing to optimise
          <img src={product.imageUrl} alt="" className="size-full object-cover" loading="lazy" />
        )}
        <div className="absolute left-3 top-3 flex gap-1.5">
          {!product.available && <Badge tone="warning">{t.product.unavailable}</Badge>}
          {product.available && soldOut && <Badge tone="danger">{t.product.outOfStock}</Badge>}
          {product.available && !soldOut && product.stock !== null && product.stock <= LOW_STOCK && (
            <Badge tone="info">{interpolate(t.product.lowStock, { count: product.stock })}</Badge>
          )}
        </div>
      </div>
      <div className="flex flex-1 flex-col gap-1 p-4">
        <h3 className="font-semibold leading-snug">{product.name}</h3>
        <p className="text-xs text-stone-500">{interpolate(t.product.by, { shop: product.shop.name })}</p>
        <p className="mt-auto pt-2 text-base font-bold">{formatMoney(product.priceAmount, product.currency, locale)}</p>
        {!product.available && <p className="text-xs text-stone-500">{t.product.unavailableHint}</p>}
      </div>
    </article>
  );
}

export function ProductGrid({ products, t, locale }: { products: ProductCardData[]; t: Messages; locale: Locale }) {
  return (
    <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4">
      {products.map((product) => (
        <li key={product.id}>
          <ProductCard product={product} t={t} locale={locale} />
        </li>
      ))}
    </ul>
  );
}
