import type { Metadata } from "next";
import { requireAdmin } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getI18n } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.admin.title };
}

export default async function AdminPage() {
  await requireAdmin();
  const [{ t }, users, shops, orders, settings] = await Promise.all([
    getI18n(),
    db.user.count(),
    db.shop.count(),
    db.order.count(),
    db.platformSettings.findUnique({ where: { id: 1 } }),
  ]);
  const figures = [
    { label: t.admin.users, value: String(users) },
    { label: t.admin.shops, value: String(shops) },
    { label: t.admin.orders, value: String(orders) },
    { label: t.admin.fees, value: settings ? `${settings.feeBps / 100} % + ${settings.feeFixed}` : "—" },
  ];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t.admin.title}</h1>
      <dl className="grid gap-4 sm:grid-cols-4">
        {figures.map((figure) => (
          <div key={figure.label} className="rounded-2xl border border-stone-200 bg-white p-5">
            <dt className="text-sm text-stone-500">{figure.label}</dt>
            <dd className="mt-1 text-2xl font-bold">{figure.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
