import { getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { AdminPageHeader } from "@/components/admin/page-header";
import { EmailOutboxTable } from "@/components/admin/email-outbox-table";
import { Alert } from "@/components/ui/alert";
import { listOutboxProblems } from "@/lib/admin/emails";
import { requireAdmin } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/server";
import { retryEmailAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("jobs"))("emails.title") };
}

export default async function AdminEmailsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdmin();
  const [{ retried }, locale, t] = await Promise.all([searchParams, getLocale(), getTranslations("jobs.emails")]);
  const outbox = await listOutboxProblems();
  return (
    <div className="space-y-6">
      <AdminPageHeader title={t("title")} intro={t("intro")} />
      {(retried === "ok" || retried === "notFound") && <Alert tone={retried === "ok" ? "success" : "info"}>{t(`retried.${retried}`)}</Alert>}
      <p className="text-sm text-stone-500" aria-live="polite">
        {t("summary", { failed: outbox.failed, pending: outbox.pending, sent: outbox.sent })}
      </p>
      <EmailOutboxTable messages={outbox.messages} retry={retryEmailAction} locale={locale} />
    </div>
  );
}
