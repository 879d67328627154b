import { Badge } from "@/components/ui/badge";
import { interpolate } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

type ShopCardData = { slug: string; name: string; description: string; logoUrl: string | null; available: boolean; productCount: number };

export function ShopCard({ shop, t }: { shop: ShopCardData; t: Messages }) {
  return (
    <article className="flex gap-4 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm">
      <div className="size-16 shrink-0 overflow-hidden rounded-xl bg-stone-100">
        {/* eslint-disable-next-line @next/next/no-img-element -- local SVG logos */}
        {shop.logoUrl && <img src={shop.logoUrl} alt="" className="size-full object-cover" />}
      </div>
      <div className="min-w-0 space-y-1">
        <h3 className="font-semibold">{shop.name}</h3>
        <p className="line-clamp-2 text-sm text-stone-600">{shop.description}</p>
        <div className="flex flex-wrap items-center gap-2 text-xs text-stone-500">
          <span>{interpolate(t.home.productsCount, { count: shop.productCount })}</span>
          {!shop.available && <Badge tone="warning">{t.product.unavailable}</Badge>}
        </div>
      </div>
    </article>
  );
}
