import { getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import Link from "next/link";
import { DataTable, Th, tbodyClass, tdClass, theadClass } from "@/components/ui/data-table";
import { FilterInput, FilterSelect, ListFilters } from "@/components/admin/list-filters";
import { Pagination } from "@/components/ui/pagination";
import { statusTones } from "@/components/orders/order-summary";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { isOrderStatus, listAdminOrders, ORDER_STATUSES } from "@/lib/admin/orders";
import { adminHref, parsePage, searchParam } from "@/lib/admin/pagination";
import { listShopChoices } from "@/lib/admin/shops";
import { requireAdmin } from "@/lib/auth/session";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminArea");
  return { title: t("orders.title") };
}

export default async function AdminOrdersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdmin();
  const params = await searchParams;
  const q = searchParam(params.q);
  const statusParam = searchParam(params.status);
  const status = isOrderStatus(statusParam) ? statusParam : null;
  const shopId = searchParam(params.shop, 64) || null;
  const page = parsePage(params.page);
  const [{ locale, t: messages }, { rows, total, pages }, shops] = await Promise.all([
    getI18n(),
    listAdminOrders({ q, status, shopId, page }),
    listShopChoices(),
  ]);
  const t = await getTranslations("adminArea");
  const filters = { q, status: status ?? undefined, shop: shopId ?? undefined };
  const money = (amount: number, currency: string) => formatMoney(amount, currency, locale);
  const filtered = Boolean(q || status || shopId);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("orders.title")}</h1>
      <ListFilters
        action="/admin/orders"
        columns="md:grid-cols-[2fr_1fr_1fr_auto]"
        submitLabel={t("common.filter")}
        reset={filtered ? { href: "/admin/orders", label: t("common.reset") } : undefined}
      >
        <FilterInput id="orders-q" name="q" type="search" label={t("orders.searchLabel")} defaultValue={q} placeholder={t("orders.searchPlaceholder")} />
        <FilterSelect
          id="orders-status"
          name="status"
          label={t("orders.statusLabel")}
          defaultValue={status ?? ""}
          allLabel={t("orders.allStatuses")}
          options={ORDER_STATUSES.map((value) => ({ value, label: messages(`orderStatus.${value}`) }))}
        />
        <FilterSelect
          id="orders-shop"
          name="shop"
          label={t("orders.shopLabel")}
          defaultValue={shopId ?? ""}
          allLabel={t("orders.allShops")}
          options={shops.map((shop) => ({ value: shop.id, label: shop.name }))}
        />
      </ListFilters>

      {rows.length === 0 ? (
        <EmptyState title={t("orders.empty")} hint={t("orders.emptyHint")} />
      ) : (
        <DataTable caption={t("orders.caption", { count: total })} minWidth="min-w-[900px]">
          <thead className={theadClass}>
            <tr>
              <Th>{t("orders.columns.order")}</Th>
              <Th>{t("orders.columns.date")}</Th>
              <Th>{t("orders.columns.shop")}</Th>
              <Th>{t("orders.columns.buyer")}</Th>
              <Th>{t("orders.columns.status")}</Th>
              <Th align="right">{t("orders.columns.total")}</Th>
              <Th align="right">{t("orders.columns.fee")}</Th>
              <Th align="right">{t("orders.columns.refunded")}</Th>
            </tr>
          </thead>
          <tbody className={tbodyClass}>
            {rows.map((order) => {
              const short = order.id.slice(-8).toUpperCase();
              return (
                <tr key={order.id} className="hover:bg-stone-50" data-testid="order-row">
                  <th scope="row" className={`${tdClass} text-left`}>
                    <Link href={`/admin/orders/${order.id}`} aria-label={t("orders.viewLabel", { id: short })} className="font-mono font-medium text-brand-700 hover:underline">
                      {short}
                    </Link>
                  </th>
                  <td className={`${tdClass} text-stone-600`}>{formatDate(order.createdAt, locale)}</td>
                  <td className={tdClass}>{order.shop.name}</td>
                  <td className={tdClass}>{order.buyer?.email ?? order.guestEmail ?? t("common.guest")}</td>
                  <td className={tdClass}>
                    <Badge tone={statusTones[order.status]}>{messages(`orderStatus.${order.status}`)}</Badge>
                  </td>
                  <td className={`${tdClass} text-right font-medium tabular-nums`}>{money(order.subtotalAmount, order.currency)}</td>
                  <td className={`${tdClass} text-right tabular-nums text-stone-600`}>{money(order.applicationFeeAmount - order.applicationFeeRefunded, order.currency)}</td>
                  <td className={`${tdClass} text-right tabular-nums text-stone-600`}>{order.amountRefunded > 0 ? money(order.amountRefunded, order.currency) : t("common.none")}</td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      )}
      <Pagination page={page} pageCount={pages} href={(n) => adminHref("/admin/orders", { ...filters, page: n })} />
    </div>
  );
}
