import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { adminMessages } from "@/lib/admin/messages";
import { requireAdmin } from "@/lib/auth/session";
import { jobsMessages } from "@/lib/i18n/messages/jobs";
import { getI18n } from "@/lib/i18n/server";

/**
 * The admin area: 404 for anyone but an admin, signed in or not. Every page and action checks
 * again (a layout does not run for server actions, and is not re-run on every navigation).
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireAdmin();
  const { locale } = await getI18n();
  const t = adminMessages(locale);
  return (
    <div className="space-y-6">
      <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">{t.title}</p>
      <AdminNav t={{ ...t.nav, emails: jobsMessages(locale).emails.nav }} />
      {children}
    </div>
  );
}
