import { getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { WebhookEventTable } from "@/components/admin/webhook-event-table";
import { WebhookFilters } from "@/components/admin/webhook-filters";
import { Alert } from "@/components/ui/alert";
import { Pagination } from "@/components/ui/pagination";
import { EVENT_STATUSES, listStripeEvents, parseWebhookFilters, REPLAY_OUTCOMES, webhookQuery } from "@/lib/admin/webhooks";
import { requireAdmin } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/server";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminMoney");
  return { title: t("webhooks.title") };
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function AdminWebhooksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdmin();
  const params = await searchParams;
  const locale = await getLocale();
  const t = await getTranslations("adminMoney.webhooks");
  const filters = parseWebhookFilters(params);
  const log = await listStripeEvents(filters);
  const replayed = REPLAY_OUTCOMES.find((outcome) => outcome === one(params.replayed));
  const replayedEvent = /^[A-Za-z0-9_]{1,255}$/.test(one(params.event)) ? one(params.event) : undefined;
  const back = webhookQuery({ ...filters, page: log.page }).replace(/^\?/, "");

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="max-w-3xl text-sm text-stone-600">{t("intro")}</p>
      </header>
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
      <WebhookEventTable events={log.events} back={back} highlight={replayedEvent} locale={locale} />
      <Pagination
        page={log.page}
        pageCount={log.pages}
        label={t("title")}
        href={(n) => `/admin/webhooks${webhookQuery({ ...filters, page: n })}`}
      />
    </div>
  );
}
