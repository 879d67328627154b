import { getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import Link from "next/link";
import { AdminTable, Th, tbodyClass, tdClass, theadClass } from "@/components/admin/admin-table";
import { Pagination } from "@/components/ui/pagination";
import { statusTones } from "@/components/orders/order-summary";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
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

const controlClass = "block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-500";

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
      <form method="get" action="/admin/orders" role="search" className="grid gap-4 rounded-2xl border border-stone-200 bg-white p-5 md:grid-cols-[2fr_1fr_1fr_auto] md:items-end">
        <div className="space-y-1.5">
          <label htmlFor="orders-q" className="block text-sm font-medium">
            {t("orders.searchLabel")}
          </label>
          <input id="orders-q" name="q" type="search" defaultValue={q} placeholder={t("orders.searchPlaceholder")} className={controlClass} />
        </div>
        <div className="space-y-1.5">
          <label htmlFor="orders-status" className="block text-sm font-medium">
            {t("orders.statusLabel")}
          </label>
          <select id="orders-status" name="status" defaultValue={status ?? ""} className={controlClass}>
            <option value="">{t("orders.allStatuses")}</option>
            {ORDER_STATUSES.map((value) => (
              <option key={value} value={value}>
                {messages(`orderStatus.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1.5">
          <label htmlFor="orders-shop" className="block text-sm font-medium">
            {t("orders.shopLabel")}
          </label>
          <select id="orders-shop" name="shop" defaultValue={shopId ?? ""} className={controlClass}>
            <option value="">{t("orders.allShops")}</option>
            {shops.map((shop) => (
              <option key={shop.id} value={shop.id}>
                {shop.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex gap-2">
          <Button type="submit">{t("common.filter")}</Button>
          {filtered && (
            <ButtonLink href="/admin/orders" variant="ghost">
              {t("common.reset")}
            </ButtonLink>
          )}
        </div>
      </form>

      {rows.length === 0 ? (
        <EmptyState title={t("orders.empty")} hint={t("orders.emptyHint")} />
      ) : (
        <AdminTable caption={t("orders.caption", { count: total })} minWidth="min-w-[900px]">
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
        </AdminTable>
      )}
      <Pagination page={page} pageCount={pages} href={(n) => adminHref("/admin/orders", { ...filters, page: n })} />
    </div>
  );
}
