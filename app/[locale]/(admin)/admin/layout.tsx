import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { requireAdmin } from "@/lib/auth/session";

/**
 * The admin area: 404 for anyone but an admin, signed in or not. Every page and action checks
 * again (a layout does not run for server actions, and is not re-run on every navigation).
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireAdmin();
  const t = await getTranslations("adminArea");
  return (
    <div className="space-y-6">
      <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">{t("title")}</p>
      <AdminNav />
      {children}
    </div>
  );
}
