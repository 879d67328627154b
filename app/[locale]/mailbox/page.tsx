import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmptyState } from "@/components/ui/empty-state";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { formatDate } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("mailbox.title"), robots: { index: false } };
}

/**
 * The local mailbox: every email the app sent (or would have sent without SMTP), newest first.
 * Open to anyone in development; in production only to operators, since it shows customers' mail.
 */
export default async function MailboxPage({ searchParams }: { searchParams: Promise<{ to?: string }> }) {
  if (getEnv().NODE_ENV === "production") {
    const user = await getCurrentUser();
    if (user?.role !== "ADMIN") notFound();
  }
  const { to } = await searchParams;
  const [{ locale, t }, emails] = await Promise.all([
    getI18n(),
    db.emailMessage.findMany({ where: to ? { to: to.toLowerCase() } : {}, orderBy: { createdAt: "desc" }, take: 50 }),
  ]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("mailbox.title")}</h1>
        <p className="text-sm text-stone-600">{t("mailbox.intro")}</p>
        <p className="text-sm text-stone-600">
          {to && <>{t("mailbox.to", { to })} · </>}
          {t("mailbox.count", { count: emails.length })}
        </p>
      </div>
      {emails.length === 0 ? (
        <EmptyState title={t("mailbox.empty")} />
      ) : (
        <ul className="space-y-3">
          {emails.map((email) => (
            <li key={email.id} className="rounded-2xl border border-stone-200 bg-white">
              <details>
                <summary className="flex cursor-pointer flex-wrap items-center justify-between gap-2 px-5 py-4">
                  <span className="font-semibold">{email.subject}</span>
                  <span className="text-sm text-stone-500">
                    {email.to} · {formatDate(email.createdAt, locale, "long")} · {t(`mailbox.status.${email.status}`)}
                  </span>
                </summary>
                <iframe title={email.subject} srcDoc={email.html} sandbox="" className="h-[480px] w-full border-t border-stone-200" />
              </details>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
