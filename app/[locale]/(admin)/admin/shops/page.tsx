import { getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import Link from "next/link";
import { DataTable, Th, tbodyClass, tdClass, theadClass } from "@/components/ui/data-table";
import { FlashMessage } from "@/components/admin/flash-message";
import { FilterInput, FilterSelect, ListFilters } from "@/components/admin/list-filters";
import { ShopActions } from "@/components/admin/shop-actions";
import { paymentsStateTones } from "@/components/seller/payments-status";
import { Pagination } from "@/components/ui/pagination";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { adminHref, parsePage, searchParam } from "@/lib/admin/pagination";
import { isShopStatusFilter, listShops, SHOP_STATUS_FILTERS } from "@/lib/admin/shops";
import { requireAdmin } from "@/lib/auth/session";
import { shopCanSell } from "@/lib/catalog/availability";
import { paymentsState } from "@/lib/connect/account-state";
import { formatDate } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { reinstateShopAction, resyncAccountAction, suspendShopAction } from "../accounts/actions";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminArea");
  return { title: t("shops.title") };
}

export default async function AdminShopsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdmin();
  const params = await searchParams;
  const q = searchParam(params.q);
  const requested = searchParam(params.status);
  const status = isShopStatusFilter(requested) ? requested : "all";
  const page = parsePage(params.page);
  const [{ locale, t: messages }, { rows, total, pages }] = await Promise.all([getI18n(), listShops({ q, status, page })]);
  const t = await getTranslations("adminArea");
  const filters = { q, status: status === "all" ? undefined : status };
  const returnTo = adminHref("/admin/shops", { ...filters, page });
  const actions = { resync: resyncAccountAction, suspend: suspendShopAction, reinstate: reinstateShopAction };

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("shops.title")}</h1>
      <FlashMessage params={params} />
      <ListFilters
        action="/admin/shops"
        columns="md:grid-cols-[2fr_1fr_auto]"
        submitLabel={t("common.filter")}
        reset={q || status !== "all" ? { href: "/admin/shops", label: t("common.reset") } : undefined}
      >
        <FilterInput id="shops-q" name="q" type="search" label={t("shops.searchLabel")} defaultValue={q} placeholder={t("shops.searchPlaceholder")} />
        <FilterSelect
          id="shops-status"
          name="status"
          label={t("shops.statusLabel")}
          defaultValue={status}
          options={SHOP_STATUS_FILTERS.map((value) => ({ value, label: t(`shops.statuses.${value}`) }))}
        />
      </ListFilters>

      {rows.length === 0 ? (
        <EmptyState title={t("shops.empty")} hint={t("shops.emptyHint")} />
      ) : (
        <DataTable caption={t("shops.caption", { count: total })} minWidth="min-w-[960px]">
          <thead className={theadClass}>
            <tr>
              <Th>{t("shops.columns.shop")}</Th>
              <Th>{t("shops.columns.owner")}</Th>
              <Th>{t("shops.columns.status")}</Th>
              <Th>{t("shops.columns.payments")}</Th>
              <Th align="right">{t("shops.columns.products")}</Th>
              <Th align="right">{t("shops.columns.orders")}</Th>
              <Th>{t("shops.columns.createdAt")}</Th>
              <Th>{t("shops.columns.actions")}</Th>
            </tr>
          </thead>
          <tbody className={tbodyClass}>
            {rows.map((shop) => {
              const state = paymentsState(shop.stripeAccount);
              const canSell = shopCanSell(shop);
              return (
                <tr key={shop.id} data-testid="shop-row">
                  <th scope="row" className={`${tdClass} text-left font-normal`}>
                    {shop.status === "ACTIVE" ? (
                      <Link href={`/shops/${shop.slug}`} className="font-semibold text-brand-700 hover:underline">
                        {shop.name}
                      </Link>
                    ) : (
                      <span className="font-semibold">{shop.name}</span>
                    )}
                    <div className="text-xs text-stone-500">
                      /{shop.slug} · {shop.currency.toUpperCase()}
                    </div>
                  </th>
                  <td className={tdClass}>
                    <div>{shop.owner.name ?? t("common.none")}</div>
                    <div className="text-xs text-stone-500">{shop.owner.email}</div>
                  </td>
                  <td className={tdClass}>
                    <Badge tone={shop.status === "ACTIVE" ? "success" : "danger"}>{t(`shops.statuses.${shop.status}`)}</Badge>
                  </td>
                  <td className={tdClass}>
                    <div className="flex flex-col items-start gap-1">
                      <Badge tone={paymentsStateTones[state]}>{messages(`payments.states.${state}`)}</Badge>
                      <span className={`text-xs ${canSell ? "text-emerald-700" : "text-stone-500"}`}>{canSell ? t("shops.canSell") : t("shops.cannotSell")}</span>
                    </div>
                  </td>
                  <td className={`${tdClass} text-right tabular-nums`}>{shop._count.products}</td>
                  <td className={`${tdClass} text-right tabular-nums`}>
                    <Link href={adminHref("/admin/orders", { shop: shop.id })} className="text-brand-700 hover:underline">
                      {shop._count.orders}
                    </Link>
                  </td>
                  <td className={`${tdClass} text-stone-600`}>{formatDate(shop.createdAt, locale)}</td>
                  <td className={tdClass}>
                    <ShopActions shop={shop} hasAccount={Boolean(shop.stripeAccount)} returnTo={returnTo} actions={actions} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      )}
      <Pagination page={page} pageCount={pages} href={(n) => adminHref("/admin/shops", { ...filters, page: n })} />
    </div>
  );
}
