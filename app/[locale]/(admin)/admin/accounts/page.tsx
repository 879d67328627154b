import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { messageTable, translateKnown } from "@/lib/i18n/translator";
import type { Metadata } from "next";
import Link from "next/link";
import { AdminPageHeader } from "@/components/admin/page-header";
import { DataTable, Th, tbodyClass, tdClass, theadClass } from "@/components/ui/data-table";
import { FlashMessage } from "@/components/admin/flash-message";
import { ShopActions } from "@/components/admin/shop-actions";
import { YesNo } from "@/components/admin/yes-no";
import { Pagination } from "@/components/ui/pagination";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { ACCOUNT_FILTERS, countAccountsByFilter, isAccountFilter, listConnectedAccounts } from "@/lib/admin/accounts";
import { formatDateTime } from "@/lib/i18n/format";
import { adminHref, parsePage, searchParam } from "@/lib/admin/pagination";
import { requireAdmin } from "@/lib/auth/session";
import { dueRequirements } from "@/lib/connect/account-state";
import { requirementLabels } from "@/lib/connect/requirement-labels";
import { formatDate } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { reinstateShopAction, resyncAccountAction, suspendShopAction } from "./actions";
import { openDisputesByShop } from "@/lib/disputes/queries";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminArea");
  return { title: t("accounts.title") };
}

const FLAGS = [
  { key: "charges", field: "chargesEnabled", stripe: "charges_enabled" },
  { key: "payouts", field: "payoutsEnabled", stripe: "payouts_enabled" },
  { key: "details", field: "detailsSubmitted", stripe: "details_submitted" },
] as const;

/** What Stripe wants, past-due first and marked so (in words, not only in colour). */
function DueList({ account, labels, none }: { account: { currentlyDue: string[]; pastDue: string[]; currentDeadline: Date | null }; labels: Record<string, string>; none: string }) {
  const t = useTranslations("adminArea.accounts");
  const due = requirementLabels(dueRequirements(account), labels);
  if (due.length === 0) return <span className="text-stone-400">{none}</span>;
  return (
    <ul className="space-y-1" aria-label={t("dueCount", { due: due.length, pastDue: due.filter((item) => item.pastDue).length })}>
      {due.map((item) => (
        <li key={item.label} className="flex flex-wrap items-center gap-1.5">
          <span>{item.label}</span>
          {item.pastDue && <Badge tone="danger">{t("pastDueNote")}</Badge>}
        </li>
      ))}
    </ul>
  );
}


export default async function AdminAccountsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdmin();
  const params = await searchParams;
  const requested = searchParam(params.filter);
  const filter = isAccountFilter(requested) ? requested : "all";
  const page = parsePage(params.page);
  const [{ locale, t: messages }, { rows, total, pages }, counts, disputesByShop] = await Promise.all([
    getI18n(),
    listConnectedAccounts(filter, page),
    countAccountsByFilter(),
    openDisputesByShop(),
  ]);
  const tsh = await getTranslations("shipping");
  const t = await getTranslations("adminArea");
  const returnTo = adminHref("/admin/accounts", { filter: filter === "all" ? undefined : filter, page });
  const actions = { resync: resyncAccountAction, suspend: suspendShopAction, reinstate: reinstateShopAction };

  return (
    <div className="space-y-6">
      <AdminPageHeader title={t("accounts.title")} intro={t("accounts.intro")} />
      <FlashMessage params={params} />

      <nav aria-label={t("accounts.filtersLabel")}>
        <ul className="flex flex-wrap gap-2">
          {ACCOUNT_FILTERS.map((value) => (
            <li key={value}>
              <Link
                href={adminHref("/admin/accounts", { filter: value === "all" ? undefined : value })}
                aria-current={value === filter ? "page" : undefined}
                className="inline-flex items-center gap-2 rounded-full border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-50 aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-600 aria-[current=page]:text-white"
              >
                {t(`accounts.filters.${value}`)}
                <span className="rounded-full bg-black/10 px-1.5 text-xs tabular-nums">{counts[value]}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="text-sm text-stone-600">{t(`accounts.filterHints.${filter}`)}</p>

      {rows.length === 0 ? (
        <EmptyState title={t("accounts.empty")} hint={t("accounts.emptyHint")} />
      ) : (
        <DataTable caption={t("accounts.caption", { filter: t(`accounts.filters.${filter}`), count: total })} minWidth="min-w-[960px]">
          <thead className={theadClass}>
            <tr>
              <Th>{t("accounts.columns.shop")}</Th>
              <Th>{t("accounts.columns.capabilities")}</Th>
              <Th>{t("accounts.columns.due")}</Th>
              <Th>{t("accounts.columns.disabledReason")}</Th>
              <Th>{t("accounts.columns.lastSynced")}</Th>
              <Th>{t("accounts.columns.actions")}</Th>
            </tr>
          </thead>
          <tbody className={tbodyClass}>
            {rows.map((shop) => {
              const account = shop.stripeAccount;
              return (
                <tr key={shop.id} data-testid="account-row">
                  <th scope="row" className={`${tdClass} text-left font-normal`}>
                    <div className="flex flex-wrap items-center gap-2">
                      <span className="font-semibold">{shop.name}</span>
                      {shop.status === "SUSPENDED" && <Badge tone="danger">{t("accounts.suspendedBadge")}</Badge>}
                      {disputesByShop.get(shop.id) ? (
                        <Badge tone="warning">{tsh("disputes.badge", { count: disputesByShop.get(shop.id) ?? 0 })}</Badge>
                      ) : null}
                    </div>
                    <div className="text-xs text-stone-500">{shop.owner.email}</div>
                    <div className="font-mono text-xs text-stone-500">{account?.stripeAccountId ?? t("accounts.noAccount")}</div>
                  </th>
                  {account ? (
                    <>
                      <td className={tdClass}>
                        <dl className="grid grid-cols-[auto_auto] items-center gap-x-3 gap-y-1 text-xs">
                          {FLAGS.map((flag) => (
                            <div key={flag.key} className="contents">
                              <dt title={flag.stripe}>{t(`accounts.flags.${flag.key}`)}</dt>
                              <dd>
                                <YesNo value={account[flag.field]} yes={t("common.yes")} no={t("common.no")} />
                              </dd>
                            </div>
                          ))}
                        </dl>
                      </td>
                      <td className={tdClass}>
                        <DueList account={account} labels={messageTable(messages, "payments.requirementLabels")} none={t("common.none")} />
                      </td>
                      <td className={tdClass}>
                        {account.disabledReason ? (
                          <p title={account.disabledReason}>{translateKnown(messages, `payments.disabledReasons.${account.disabledReason}`, undefined, account.disabledReason)}</p>
                        ) : (
                          <p className="text-stone-400">{t("common.none")}</p>
                        )}
                        {account.currentDeadline && (
                          <p className="mt-1 text-xs font-medium text-red-700">{t("accounts.deadline", { date: formatDate(account.currentDeadline, locale) })}</p>
                        )}
                      </td>
                      <td className={`${tdClass} text-xs text-stone-600`}>{account.lastSyncedAt ? formatDateTime(account.lastSyncedAt, locale) : t("common.never")}</td>
                    </>
                  ) : (
                    <td colSpan={4} className={`${tdClass} text-stone-500`}>
                      <Badge tone="neutral">{t("accounts.noAccount")}</Badge>
                    </td>
                  )}
                  <td className={tdClass}>
                    <ShopActions shop={shop} hasAccount={Boolean(account)} returnTo={returnTo} actions={actions} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      )}
      <Pagination page={page} pageCount={pages} href={(n) => adminHref("/admin/accounts", { filter: filter === "all" ? undefined : filter, page: n })} />
    </div>
  );
}
