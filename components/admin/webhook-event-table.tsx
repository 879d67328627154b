import { useTranslations } from "next-intl";
import type { StripeEventStatus } from "@/generated/prisma/enums";
import { DataTable, Th, tbodyClass, theadClass } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { WebhookReplayButton } from "./webhook-replay-button";
import { WebhookStatusBadge } from "./webhook-status-badge";

export type WebhookEventRow = {
  id: string;
  type: string;
  account: string | null;
  status: StripeEventStatus;
  attempts: number;
  lastError: string | null;
  receivedAt: Date;
};

/** The event log: one row per event received, each with a Replay button. */
export function WebhookEventTable({
  events,
  back,
  highlight,
  locale,
  replayAction,
}: {
  events: WebhookEventRow[];
  /** The list's query, so a replay comes back to the same filters. */
  back: string;
  /** The event just replayed. */
  highlight?: string;
  locale: Locale;
  /** Runs one event again (a plain form post: works without JavaScript). */
  replayAction: (formData: FormData) => Promise<void>;
}) {
  const t = useTranslations("adminMoney.webhooks");
  if (events.length === 0) return <EmptyState title={t("empty")} hint={t("emptyHint")} />;
  return (
    <DataTable minWidth="min-w-[960px]">
      <thead className={theadClass}>
        <tr>
          <Th>{t("columns.received")}</Th>
          <Th>{t("columns.event")}</Th>
          <Th>{t("columns.account")}</Th>
          <Th>{t("columns.status")}</Th>
          <Th align="right">{t("columns.attempts")}</Th>
          <Th>{t("columns.lastError")}</Th>
          <Th>
            <span className="sr-only">{t("columns.actions")}</span>
          </Th>
        </tr>
      </thead>
      <tbody className={tbodyClass}>
        {events.map((event) => (
          <tr key={event.id} data-testid="webhook-event" data-event-id={event.id} className={event.id === highlight ? "bg-amber-50" : "hover:bg-stone-50"}>
            <td className="whitespace-nowrap px-4 py-3 text-stone-600">{formatDate(event.receivedAt, locale, "long")}</td>
            <td className="px-4 py-3">
              <span className="block font-medium">{event.type}</span>
              <span className="block font-mono text-xs text-stone-500">{event.id}</span>
            </td>
            <td className="px-4 py-3 font-mono text-xs">{event.account ?? <span className="font-sans text-stone-500">{t("platform")}</span>}</td>
            <td className="px-4 py-3" data-testid="webhook-event-status">
              <WebhookStatusBadge status={event.status} />
            </td>
            <td className="px-4 py-3 text-right tabular-nums">{event.attempts}</td>
            <td className="max-w-xs px-4 py-3 text-xs text-red-800">
              {event.lastError ? (
                <span className="line-clamp-3 break-words" title={event.lastError}>
                  {event.lastError}
                </span>
              ) : (
                <span className="text-stone-400">{t("noError")}</span>
              )}
            </td>
            <td className="px-4 py-3 text-right">
              <form action={replayAction}>
                <input type="hidden" name="eventId" value={event.id} />
                <input type="hidden" name="back" value={back} />
                <WebhookReplayButton label={t("replay")} pendingLabel={t("replaying")} accessibleLabel={t("replayLabel", { id: event.id })} />
              </form>
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
