import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { ShopCard } from "@/components/catalog/shop-card";
import { shopCanSell } from "@/lib/catalog/availability";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getI18n } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.seller.title };
}

export default async function SellerDashboardPage() {
  const user = await requireRole("SELLER", "/seller");
  const [{ t }, shops] = await Promise.all([
    getI18n(),
    db.shop.findMany({
      where: { ownerId: user.id },
      orderBy: { createdAt: "asc" },
      select: {
        slug: true,
        name: true,
        description: true,
        logoUrl: true,
        status: true,
        stripeAccount: { select: { chargesEnabled: true } },
        _count: { select: { products: { where: { active: true } } } },
      },
    }),
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t.seller.title}</h1>
      {shops.length === 0 ? (
        <EmptyState title={t.seller.noShop} />
      ) : (
        <section className="space-y-3">
          <h2 className="text-lg font-semibold">{t.seller.shops}</h2>
          <ul className="grid gap-4 md:grid-cols-2">
            {shops.map((shop) => (
              <li key={shop.slug}>
                <ShopCard shop={{ ...shop, available: shopCanSell(shop), productCount: shop._count.products }} t={t} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
