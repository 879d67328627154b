import type { Metadata } from "next";
import Link from "next/link";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { changePasswordAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("account.title") };
}

export default async function AccountPage() {
  const user = await requireUser("/account");
  const [{ t, locale }, orders] = await Promise.all([
    getI18n(),
    db.order.findMany({
      where: { buyerId: user.id },
      orderBy: { createdAt: "desc" },
      take: 20,
      select: { id: true, status: true, subtotalAmount: true, currency: true, createdAt: true, shop: { select: { name: true } } },
    }),
  ]);
  return (
    <div className="space-y-10">
      <section className="rounded-2xl border border-stone-200 bg-white p-6">
        <h1 className="text-2xl font-bold">{t("account.welcome", { name: user.name ?? user.email })}</h1>
        <dl className="mt-4 grid gap-4 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-stone-500">{t("auth.email")}</dt>
            <dd className="font-medium">{user.email}</dd>
          </div>
          <div>
            <dt className="text-stone-500">{t("account.role")}</dt>
            <dd className="font-medium">{t(`account.roles.${user.role}`)}</dd>
          </div>
          <div>
            <dt className="text-stone-500">{t("account.preferredLanguage")}</dt>
            <dd className="font-medium">{user.locale ? t(`languages.${user.locale}`) : "—"}</dd>
          </div>
        </dl>
        <p className="mt-4 text-xs text-stone-500">{t("account.memberSince", { date: formatDate(user.createdAt, locale) })}</p>
        <Link href="/account/subscriptions" className="mt-3 inline-block text-sm font-medium text-brand-700 hover:underline">
          {t("subscriptions.account.title")}
        </Link>
      </section>
      <section className="space-y-4 rounded-2xl border border-stone-200 bg-white p-6">
        <h2 className="text-xl font-bold">{t("security.changePassword.title")}</h2>
        <ChangePasswordForm action={changePasswordAction} genericError={t("common.genericError")} />
      </section>
      <section className="space-y-4">
        <h2 className="text-xl font-bold">{t("account.ordersTitle")}</h2>
        {orders.length === 0 ? (
          <EmptyState title={t("account.noOrders")} />
        ) : (
          <ul className="divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white">
            {orders.map((order) => (
              <li key={order.id} className="flex flex-wrap items-center justify-between gap-2 px-5 py-4 text-sm">
                <Link href={`/orders/${order.id}`} className="font-medium text-brand-700 hover:underline">
                  {order.shop.name}
                </Link>
                <span className="text-stone-500">{formatDate(order.createdAt, locale)}</span>
                <Badge tone={order.status === "PAID" ? "success" : "neutral"}>{t(`orderStatus.${order.status}`)}</Badge>
                <span className="font-semibold">{formatMoney(order.subtotalAmount, order.currency, locale)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
