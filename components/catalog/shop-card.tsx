import { useTranslations } from "next-intl";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";

type ShopCardData = { slug: string; name: string; description: string; logoUrl: string | null; available: boolean; productCount: number };

/** One link to the shop's page, named by the shop; description and counts describe it. */
export function ShopCard({ shop }: { shop: ShopCardData; }) {
  const t = useTranslations();
  const ids = { name: `shop-${shop.slug}-name`, meta: `shop-${shop.slug}-meta` };
  return (
    <Link
      href={`/shops/${shop.slug}`}
      aria-labelledby={ids.name}
      aria-describedby={ids.meta}
      className="group flex h-full gap-4 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm transition hover:-translate-y-0.5 hover:shadow-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
    >
      <div className="size-16 shrink-0 overflow-hidden rounded-xl bg-stone-100">
        {/* eslint-disable-next-line @next/next/no-img-element -- local SVG logos */}
        {shop.logoUrl && <img src={shop.logoUrl} alt="" className="size-full object-cover" />}
      </div>
      <div className="min-w-0 space-y-1">
        <h3 id={ids.name} className="font-semibold group-hover:text-brand-700">
          {shop.name}
        </h3>
        <div id={ids.meta} className="space-y-1">
          <p className="line-clamp-2 text-sm text-stone-600">{shop.description}</p>
          <p className="flex flex-wrap items-center gap-2 text-xs text-stone-500">
            <span>{t("home.productsCount", { count: shop.productCount })}</span>
            {!shop.available && <Badge tone="warning">{t("product.unavailable")}</Badge>}
          </p>
        </div>
      </div>
    </Link>
  );
}
