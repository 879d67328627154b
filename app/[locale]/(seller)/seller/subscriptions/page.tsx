import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SubscriptionStatusBadge } from "@/components/subscriptions/subscription-status-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { requireUser } from "@/lib/auth/session";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { findSellerShop } from "@/lib/products/seller-shop";
import { shopSubscriptionSummary } from "@/lib/subscriptions/queries";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("subscriptions.seller.title") };
}

/** The seller's subscribers: status, recurring revenue per month, cancellations. */
export default async function SellerSubscriptionsPage() {
  const user = await requireUser("/seller/subscriptions");
  const shop = await findSellerShop(user.id);
  if (!shop) redirect("/seller");
  const [{ t, locale }, summary] = await Promise.all([getI18n(), shopSubscriptionSummary(shop.id)]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("subscriptions.seller.title")}</h1>
      <dl className="grid gap-4 sm:grid-cols-3">
        <div className="rounded-2xl border border-stone-200 bg-white p-4">
          <dt className="text-sm text-stone-500">{t("subscriptions.seller.monthly")}</dt>
          <dd className="mt-1 text-xl font-bold">
            {summary.monthly.length === 0 ? "—" : summary.monthly.map((m) => formatMoney(m.amount, m.currency, locale)).join(" · ")}
          </dd>
        </div>
        <div className="rounded-2xl border border-stone-200 bg-white p-4">
          <dt className="text-sm text-stone-500">{t("subscriptions.seller.active")}</dt>
          <dd className="mt-1 text-xl font-bold">{summary.live}</dd>
        </div>
        <div className="rounded-2xl border border-stone-200 bg-white p-4">
          <dt className="text-sm text-stone-500">{t("subscriptions.seller.cancellations")}</dt>
          <dd className="mt-1 text-xl font-bold">{summary.cancellations}</dd>
        </div>
      </dl>
      {summary.subscriptions.length === 0 ? (
        <EmptyState title={t("subscriptions.seller.empty")} />
      ) : (
        <div className="overflow-x-auto rounded-2xl border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-stone-50 text-stone-600">
              <tr>
                <th scope="col" className="px-4 py-3">{t("subscriptions.seller.subscriber")}</th>
                <th scope="col" className="px-4 py-3">{t("subscriptions.account.status")}</th>
                <th scope="col" className="px-4 py-3">{t("subscriptions.account.amount")}</th>
                <th scope="col" className="px-4 py-3">{t("subscriptions.account.nextRenewal")}</th>
                <th scope="col" className="px-4 py-3">{t("subscriptions.seller.since")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {summary.subscriptions.map((s) => (
                <tr key={s.id} data-testid="subscriber">
                  <td className="px-4 py-3">{s.buyer?.name ?? s.buyer?.email ?? s.email ?? "—"}</td>
                  <td className="px-4 py-3">
                    <SubscriptionStatusBadge status={s.status} />
                  </td>
                  <td className="px-4 py-3">
                    {t("subscriptions.perPeriod", { amount: formatMoney(s.periodAmount, s.currency, locale), every: t(`subscriptions.every.${s.interval}`, { count: s.intervalCount }) })}
                  </td>
                  <td className="px-4 py-3">
                    {s.status === "CANCELED"
                      ? "—"
                      : s.cancelAtPeriodEnd
                        ? t("subscriptions.account.endsOn", { date: formatDate(s.currentPeriodEnd, locale) })
                        : formatDate(s.currentPeriodEnd, locale)}
                  </td>
                  <td className="px-4 py-3">{formatDate(s.createdAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
