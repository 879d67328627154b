import { useTranslations } from "next-intl";
import { DataTable, Th, tbodyClass, theadClass } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import type { OutboxRow } from "@/lib/admin/emails";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { WebhookReplayButton } from "./webhook-replay-button";

/** Failed and waiting emails, each failed one with a Retry button. */
export function EmailOutboxTable({
  messages,
  retry,
  locale,
}: {
  messages: OutboxRow[];
  retry: (formData: FormData) => Promise<void>;
  locale: Locale;
}) {
  const t = useTranslations("jobs.emails");
  if (messages.length === 0) return <EmptyState title={t("empty")} hint={t("emptyHint")} />;
  return (
    <DataTable minWidth="min-w-[860px]">
      <thead className={theadClass}>
        <tr>
          {[t("columns.to"), t("columns.subject"), t("columns.status"), t("columns.attempts"), t("columns.lastError"), t("columns.createdAt"), t("columns.action")].map((label) => (
            <Th key={label}>
              {label}
            </Th>
          ))}
        </tr>
      </thead>
      <tbody className={tbodyClass}>
        {messages.map((message) => (
          <tr key={message.id} data-testid="outbox-email">
            <td className="px-4 py-3 font-medium">{message.to}</td>
            <td className="max-w-xs truncate px-4 py-3">{message.subject}</td>
            <td className="px-4 py-3">
              <Badge tone={message.status === "FAILED" ? "danger" : "warning"}>{t(`status.${message.status}`)}</Badge>
              {message.status === "PENDING" && (
                <span className="mt-1 block text-xs text-stone-500">{t("nextAttempt", { date: formatDate(message.nextAttemptAt, locale, "long") })}</span>
              )}
            </td>
            <td className="px-4 py-3 tabular-nums">{message.attempts}</td>
            <td className="max-w-xs break-words px-4 py-3 font-mono text-xs text-stone-600">{message.lastError ?? "—"}</td>
            <td className="px-4 py-3 text-stone-600">{formatDate(message.createdAt, locale, "long")}</td>
            <td className="px-4 py-3">
              {message.status === "FAILED" && (
                <form action={retry}>
                  <input type="hidden" name="emailId" value={message.id} />
                  <WebhookReplayButton label={t("retry")} pendingLabel={t("retrying")} accessibleLabel={t("retryLabel", { to: message.to, subject: message.subject })} />
                </form>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
