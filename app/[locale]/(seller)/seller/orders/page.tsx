import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { DataTable, Th, tbodyClass, theadClass } from "@/components/ui/data-table";
import { statusTones } from "@/components/orders/order-summary";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requireRole } from "@/lib/auth/session";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { findSellerShop } from "@/lib/products/seller-shop";
import { listSellerOrders, sellerNet } from "@/lib/seller/orders";
import { OrderFilterTabs } from "@/components/shipping/order-filter-tabs";
import { SellerTotalsPanel } from "@/components/shipping/seller-totals";
import { sellerTotals } from "@/lib/disputes/figures";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("sellerOrders.title") };
}

export default async function SellerOrdersPage({ searchParams }: { searchParams: Promise<{ page?: string; filter?: string }> }) {
  const user = await requireRole("SELLER", "/seller/orders");
  const shop = await findSellerShop(user.id);
  if (!shop) redirect("/seller/shops/new");
  const query = await searchParams;
  const page = Math.max(1, Number.parseInt(query.page ?? "1", 10) || 1);
  const filter = query.filter === "to_ship" ? "to_ship" : "all";
  const [{ t, locale }, { orders, pages }, totals] = await Promise.all([getI18n(), listSellerOrders(shop.id, page, filter), sellerTotals(shop.id)]);
  const money = (amount: number, currency: string) => formatMoney(amount, currency, locale);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("sellerOrders.title")}</h1>
      <SellerTotalsPanel totals={totals} locale={locale} />
      <OrderFilterTabs current={filter} />
      {orders.length === 0 ? (
        <EmptyState title={t("sellerOrders.empty")} hint={t("sellerOrders.emptyHint")} />
      ) : (
        <DataTable minWidth="min-w-[720px]">
          <thead className={theadClass}>
            <tr>
              {[t("sellerOrders.columns.date"), t("sellerOrders.columns.order"), t("sellerOrders.columns.buyer"), t("sellerOrders.columns.status")].map((label) => (
                <Th key={label}>
                  {label}
                </Th>
              ))}
              {[t("sellerOrders.columns.gross"), t("sellerOrders.columns.fee"), t("sellerOrders.columns.net")].map((label) => (
                <Th key={label} align="right">
                  {label}
                </Th>
              ))}
            </tr>
          </thead>
          <tbody className={tbodyClass}>
            {orders.map((order) => (
              <tr key={order.id} className="hover:bg-stone-50">
                <td className="px-4 py-3 text-stone-600">{formatDate(order.createdAt, locale)}</td>
                <td className="px-4 py-3">
                  <Link href={`/seller/orders/${order.id}`} className="font-mono font-medium text-brand-700 hover:underline">
                    {order.id.slice(-8).toUpperCase()}
                  </Link>
                </td>
                <td className="px-4 py-3">{order.buyer?.email ?? order.guestEmail ?? t("sellerOrders.guest")}</td>
                <td className="px-4 py-3">
                  <Badge tone={statusTones[order.status]}>{t(`orderStatus.${order.status}`)}</Badge>
                </td>
                <td className="px-4 py-3 text-right font-medium">{money(order.subtotalAmount, order.currency)}</td>
                <td className="px-4 py-3 text-right text-stone-600">{money(order.applicationFeeAmount, order.currency)}</td>
                <td className="px-4 py-3 text-right font-semibold">{money(sellerNet(order), order.currency)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <Pagination page={page} pageCount={pages} href={(n) => `/seller/orders?page=${n}${filter === "to_ship" ? "&filter=to_ship" : ""}`} />
    </div>
  );
}
