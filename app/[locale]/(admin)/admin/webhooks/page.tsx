import { getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { AdminPageHeader } from "@/components/admin/page-header";
import { WebhookEventTable } from "@/components/admin/webhook-event-table";
import { WebhookFilters } from "@/components/admin/webhook-filters";
import { Alert } from "@/components/ui/alert";
import { Pagination } from "@/components/ui/pagination";
import { EVENT_STATUSES, listStripeEvents, parseWebhookFilters, REPLAY_OUTCOMES, webhookQuery } from "@/lib/admin/webhooks";
import { searchParam } from "@/lib/admin/pagination";
import { requireAdmin } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/server";
import { replayEventAction } from "./actions";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminMoney");
  return { title: t("webhooks.title") };
}

export default async function AdminWebhooksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdmin();
  const params = await searchParams;
  const locale = await getLocale();
  const t = await getTranslations("adminMoney.webhooks");
  const filters = parseWebhookFilters(params);
  const log = await listStripeEvents(filters);
  const replayed = REPLAY_OUTCOMES.find((outcome) => outcome === searchParam(params.replayed));
  // One longer than an id may be, so that a longer value fails the test rather than being cut to fit.
  const event = searchParam(params.event, 256);
  const replayedEvent = /^[A-Za-z0-9_]{1,255}$/.test(event) ? event : undefined;
  const back = webhookQuery({ ...filters, page: log.page }).replace(/^\?/, "");

  return (
    <div className="space-y-6">
      <AdminPageHeader title={t("title")} intro={t("intro")} />
      {replayed && (
        <Alert tone={replayed === "processed" || replayed === "duplicate" ? "success" : replayed === "ignored" ? "info" : "error"}>
          {t(`replayed.${replayed}`)}
          {replayedEvent && <span className="ml-1 font-mono text-xs">({replayedEvent})</span>}
        </Alert>
      )}
      <WebhookFilters
        types={log.types}
        statuses={EVENT_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`), count: log.byStatus[status] }))}
        values={{ type: filters.type ?? "", status: filters.status ?? "", account: filters.account ?? "" }}
      />
      <p className="text-sm text-stone-500" aria-live="polite">
        {t("summary", { total: log.total })}
      </p>
      <WebhookEventTable events={log.events} back={back} highlight={replayedEvent} locale={locale} replayAction={replayEventAction} />
      <Pagination
        page={log.page}
        pageCount={log.pages}
        label={t("title")}
        href={(n) => `/admin/webhooks${webhookQuery({ ...filters, page: n })}`}
      />
    </div>
  );
}
