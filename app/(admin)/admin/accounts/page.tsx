import type { Metadata } from "next";
import Link from "next/link";
import { AdminTable, Th, tbodyClass, tdClass, theadClass } from "@/components/admin/admin-table";
import { FlashMessage } from "@/components/admin/flash-message";
import { ShopActions } from "@/components/admin/shop-actions";
import { YesNo } from "@/components/admin/yes-no";
import { Pagination } from "@/components/ui/pagination";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { ACCOUNT_FILTERS, countAccountsByFilter, isAccountFilter, listConnectedAccounts } from "@/lib/admin/accounts";
import { formatDateTime } from "@/lib/admin/format";
import { adminMessages, type AdminMessages } from "@/lib/admin/messages";
import { adminHref, parsePage, searchParam } from "@/lib/admin/pagination";
import { requireAdmin } from "@/lib/auth/session";
import { dueRequirements } from "@/lib/connect/account-state";
import { requirementLabels } from "@/lib/connect/requirement-labels";
import { formatDate, interpolate } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { reinstateShopAction, resyncAccountAction, suspendShopAction } from "./actions";
import { openDisputesByShop } from "@/lib/disputes/queries";
import { shippingMessages } from "@/lib/i18n/messages/shipping";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getI18n();
  return { title: adminMessages(locale).accounts.title };
}

const FLAGS = [
  { key: "charges", field: "chargesEnabled", stripe: "charges_enabled" },
  { key: "payouts", field: "payoutsEnabled", stripe: "payouts_enabled" },
  { key: "details", field: "detailsSubmitted", stripe: "details_submitted" },
] as const;

/** What Stripe wants, past-due first and marked so (in words, not only in colour). */
function DueList({ account, labels, t, none }: { account: { currentlyDue: string[]; pastDue: string[] }; labels: Record<string, string>; t: AdminMessages["accounts"]; none: string }) {
  const due = requirementLabels(dueRequirements(account), labels);
  if (due.length === 0) return <span className="text-stone-400">{none}</span>;
  return (
    <ul className="space-y-1" aria-label={interpolate(t.dueCount, { due: due.length, pastDue: due.filter((item) => item.pastDue).length })}>
      {due.map((item) => (
        <li key={item.label} className="flex flex-wrap items-center gap-1.5">
          <span>{item.label}</span>
          {item.pastDue && <Badge tone="danger">{t.pastDueNote}</Badge>}
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
  const t = adminMessages(locale);
  const ta = t.accounts;
  const labels = messages.payments.requirementLabels as Record<string, string>;
  const reasons = messages.payments.disabledReasons as Record<string, string>;
  const returnTo = adminHref("/admin/accounts", { filter: filter === "all" ? undefined : filter, page });
  const actions = { resync: resyncAccountAction, suspend: suspendShopAction, reinstate: reinstateShopAction };

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{ta.title}</h1>
        <p className="text-stone-600">{ta.intro}</p>
      </header>
      <FlashMessage params={params} t={t} />

      <nav aria-label={ta.filtersLabel}>
        <ul className="flex flex-wrap gap-2">
          {ACCOUNT_FILTERS.map((value) => (
            <li key={value}>
              <Link
                href={adminHref("/admin/accounts", { filter: value === "all" ? undefined : value })}
                aria-current={value === filter ? "page" : undefined}
                className="inline-flex items-center gap-2 rounded-full border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-50 aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-600 aria-[current=page]:text-white"
              >
                {ta.filters[value]}
                <span className="rounded-full bg-black/10 px-1.5 text-xs tabular-nums">{counts[value]}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="text-sm text-stone-600">{ta.filterHints[filter]}</p>

      {rows.length === 0 ? (
        <EmptyState title={ta.empty} hint={ta.emptyHint} />
      ) : (
        <AdminTable caption={interpolate(ta.caption, { filter: ta.filters[filter], count: total })} minWidth="min-w-[960px]">
          <thead className={theadClass}>
            <tr>
              <Th>{ta.columns.shop}</Th>
              <Th>{ta.columns.capabilities}</Th>
              <Th>{ta.columns.due}</Th>
              <Th>{ta.columns.disabledReason}</Th>
              <Th>{ta.columns.lastSynced}</Th>
              <Th>{ta.columns.actions}</Th>
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
                      {shop.status === "SUSPENDED" && <Badge tone="danger">{ta.suspendedBadge}</Badge>}
                      {disputesByShop.get(shop.id) ? (
                        <Badge tone="warning">{interpolate(shippingMessages[locale].disputes.badge, { count: String(disputesByShop.get(shop.id)) })}</Badge>
                      ) : null}
                    </div>
                    <div className="text-xs text-stone-500">{shop.owner.email}</div>
                    <div className="font-mono text-xs text-stone-500">{account?.stripeAccountId ?? ta.noAccount}</div>
                  </th>
                  {account ? (
                    <>
                      <td className={tdClass}>
                        <dl className="grid grid-cols-[auto_auto] items-center gap-x-3 gap-y-1 text-xs">
                          {FLAGS.map((flag) => (
                            <div key={flag.key} className="contents">
                              <dt title={flag.stripe}>{ta.flags[flag.key]}</dt>
                              <dd>
                                <YesNo value={account[flag.field]} yes={t.common.yes} no={t.common.no} />
                              </dd>
                            </div>
                          ))}
                        </dl>
                      </td>
                      <td className={tdClass}>
                        <DueList account={account} labels={labels} t={ta} none={t.common.none} />
                      </td>
                      <td className={tdClass}>
                        {account.disabledReason ? (
                          <p title={account.disabledReason}>{reasons[account.disabledReason] ?? account.disabledReason}</p>
                        ) : (
                          <p className="text-stone-400">{t.common.none}</p>
                        )}
                        {account.currentDeadline && (
                          <p className="mt-1 text-xs font-medium text-red-700">{interpolate(ta.deadline, { date: formatDate(account.currentDeadline, locale) })}</p>
                        )}
                      </td>
                      <td className={`${tdClass} text-xs text-stone-600`}>{account.lastSyncedAt ? formatDateTime(account.lastSyncedAt, locale) : t.common.never}</td>
                    </>
                  ) : (
                    <td colSpan={4} className={`${tdClass} text-stone-500`}>
                      <Badge tone="neutral">{ta.noAccount}</Badge>
                    </td>
                  )}
                  <td className={tdClass}>
                    <ShopActions shop={shop} hasAccount={Boolean(account)} returnTo={returnTo} actions={actions} t={ta} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </AdminTable>
      )}
      <Pagination page={page} pageCount={pages} href={(n) => adminHref("/admin/accounts", { filter: filter === "all" ? undefined : filter, page: n })} t={t.pagination} />
    </div>
  );
}
