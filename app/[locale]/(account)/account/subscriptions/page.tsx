import type { Metadata } from "next";
import Link from "next/link";
import { SubscriptionCancelButton } from "@/components/subscriptions/subscription-cancel-button";
import { SubscriptionStatusBadge } from "@/components/subscriptions/subscription-status-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { requireUser } from "@/lib/auth/session";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { listBuyerSubscriptions } from "@/lib/subscriptions/queries";
import { cancelAtPeriodEndAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("subscriptions.account.title") };
}

/** "My subscriptions": status, next payment (or end), amount, each period's payment; cancel at period end and undo. */
export default async function MySubscriptionsPage() {
  const user = await requireUser("/account/subscriptions");
  const [{ t, locale }, subscriptions] = await Promise.all([getI18n(), listBuyerSubscriptions(user.id)]);
  return (
    <div className="space-y-6">
      <Link href="/account" className="inline-flex items-center gap-1 rounded text-sm font-medium text-brand-700 hover:underline">
        <span aria-hidden>←</span> {t("account.title")}
      </Link>
      <h1 className="text-2xl font-bold">{t("subscriptions.account.title")}</h1>
      {subscriptions.length === 0 ? (
        <EmptyState title={t("subscriptions.account.empty")} />
      ) : (
        <ul className="space-y-4">
          {subscriptions.map((s) => {
            const periodEnd = formatDate(s.currentPeriodEnd, locale, "long");
            const ended = s.status === "CANCELED";
            return (
              <li key={s.id} className="space-y-4 rounded-2xl border border-stone-200 bg-white p-5" data-testid="subscription">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <h2 className="text-lg font-semibold">{s.shop.name}</h2>
                  <SubscriptionStatusBadge status={s.status} />
                </div>
                <dl className="grid gap-3 text-sm sm:grid-cols-2">
                  <div>
                    <dt className="text-stone-500">{t("subscriptions.account.amount")}</dt>
                    <dd className="font-medium">
                      {t("subscriptions.perPeriod", { amount: formatMoney(s.periodAmount, s.currency, locale), every: t(`subscriptions.every.${s.interval}`, { count: s.intervalCount }) })}
                    </dd>
                  </div>
                  <div>
                    <dt className="text-stone-500">{t("subscriptions.account.nextRenewal")}</dt>
                    <dd className="font-medium">
                      {ended ? formatDate(s.endedAt ?? s.currentPeriodEnd, locale, "long") : s.cancelAtPeriodEnd ? t("subscriptions.account.endsOn", { date: periodEnd }) : periodEnd}
                    </dd>
                  </div>
                </dl>
                {s.orders.length > 0 && (
                  <div>
                    <h3 className="text-sm font-semibold text-stone-700">{t("subscriptions.account.payments")}</h3>
                    <ul className="mt-2 divide-y divide-stone-100 text-sm">
                      {s.orders.map((o) => (
                        <li key={o.id} className="flex justify-between py-1.5">
                          <Link href={`/orders/${o.id}`} className="text-brand-700 hover:underline">
                            {o.paidAt ? formatDate(o.paidAt, locale) : "—"}
                          </Link>
                          <span className="font-medium">{formatMoney(o.subtotalAmount, o.currency, locale)}</span>
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
                {!ended && (
                  <SubscriptionCancelButton
                    subscriptionId={s.id}
                    cancelAtPeriodEnd={s.cancelAtPeriodEnd}
                    endsOn={periodEnd}
                    action={cancelAtPeriodEndAction}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
