import { getTranslations } from "next-intl/server";
import { messageTable } from "@/lib/i18n/translator";
import type { Metadata } from "next";
import { AdminPageHeader } from "@/components/admin/page-header";
import { GrossChart } from "@/components/admin/gross-chart";
import { RecurringShare } from "@/components/subscriptions/recurring-share";
import { recurringShare } from "@/lib/subscriptions/queries";
import { FeeAgreementNote, MoneyAlerts } from "@/components/admin/money-checks";
import { feeAgreement, moneyAlerts } from "@/lib/admin/money-checks";
import { PeriodForm } from "@/components/admin/period-form";
import { StatCard } from "@/components/admin/stat-card";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { formatChange, formatCount } from "@/lib/admin/format";
import { formatDay } from "@/lib/i18n/format";
import { getOverview } from "@/lib/admin/overview";
import type { Change } from "@/lib/admin/period";
import { searchParam } from "@/lib/admin/pagination";
import { businessTimeZone } from "@/lib/i18n/time-zone";
import { isPeriodKind, PeriodError, resolvePeriod, type Period, type PeriodErrorCode } from "@/lib/admin/period";
import { requireAdmin } from "@/lib/auth/session";
import { formatMoney } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { DisputesPanel } from "@/components/shipping/disputes-panel";
import { disputeFigures, openDisputes } from "@/lib/disputes/queries";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminArea");
  return { title: t("overview.title") };
}

/** The period asked for in the address; on a bad one, the current month and why. */
function periodFrom(params: SearchParams, now: Date): { period: Period; error: PeriodErrorCode | null; date: string; from: string; to: string } {
  const requested = searchParam(params.period);
  const kind = isPeriodKind(requested) ? requested : "month";
  const date = searchParam(params.date, 10);
  const from = searchParam(params.from, 10);
  const to = searchParam(params.to, 10);
  try {
    const period = kind === "custom" ? resolvePeriod("custom", from, to, now, businessTimeZone()) : resolvePeriod(kind, date || undefined, undefined, now, businessTimeZone());
    return { period, error: null, date, from, to };
  } catch (error) {
    if (!(error instanceof PeriodError)) throw error;
    return { period: resolvePeriod("month", undefined, undefined, now, businessTimeZone()), error: error.code, date, from, to };
  }
}


export default async function AdminOverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdmin();
  const now = new Date();
  const { period, error, date, from, to } = periodFrom(await searchParams, now);
  const [{ locale }, overview, agreements, alerts, disputes, disputesOpen, recurring] = await Promise.all([
    getI18n(),
    getOverview(period),
    feeAgreement(period.start, period.end),
    moneyAlerts(),
    disputeFigures(),
    openDisputes(),
    recurringShare(period.start, period.end),
  ]);
  const t = await getTranslations("adminArea");
  const tf = await getTranslations("shipping.figures");
  const day = (d: Date) => formatDay(d, locale);
  const change = (c: Change) => formatChange(c, locale, { new: t("overview.change.new"), none: t("overview.change.none") });
  // A figure compared with the previous period: its value, the previous one and the change, as StatCard takes them.
  const compared = (figure: { current: number; previous: number; change: Change }, format: (value: number) => string) => ({
    value: format(figure.current),
    previous: format(figure.previous),
    change: change(figure.change),
  });
  const count = (value: number) => formatCount(value, locale);
  const inProgress = now >= period.start && now < period.end;

  return (
    <div className="space-y-8">
      <AdminPageHeader title={t("overview.title")} intro={t("overview.intro")} />

      <PeriodForm kind={error ? "month" : period.kind} date={date} from={from} to={to} />
      {error && <Alert tone="warning">{t(`overview.periodErrors.${error}`)}</Alert>}

      <section aria-labelledby="period-range" className="space-y-1">
        <h2 id="period-range" className="text-lg font-semibold" data-testid="period-range">
          {t("overview.range", { start: day(period.start), end: day(new Date(period.end.getTime() - 1)), zone: businessTimeZone() })}
        </h2>
        <p className="text-sm text-stone-600">
          {t("overview.comparedWith", { start: day(period.previousStart), end: day(new Date(period.previousEnd.getTime() - 1)) })}
          {inProgress && <> {t("overview.inProgress")}</>}
        </p>
      </section>

      <DisputesPanel figures={disputes} open={disputesOpen} locale={locale} />

      <section aria-labelledby="sellers-title" className="space-y-3">
        <h2 id="sellers-title" className="text-lg font-semibold">
          {t("overview.sellersTitle")}
        </h2>
        <dl className="grid gap-4 sm:grid-cols-2">
          <StatCard label={t("overview.activeSellersAll")} hint={t("overview.activeSellersAllHint")} {...compared(overview.activeSellers, count)} testId="active-sellers-all" />
          <StatCard label={t("overview.ableToSell")} value={count(overview.sellersAbleToSell)} hint={t("overview.ableToSellHint")} testId="sellers-able-to-sell" />
        </dl>
      </section>

      {overview.currencies.length === 0 ? (
        <EmptyState title={t("overview.empty")} hint={t("overview.emptyHint")} />
      ) : (
        overview.currencies.map((entry) => {
          const money = (amount: number) => formatMoney(amount, entry.currency, locale);
          const code = entry.currency.toUpperCase();
          const headingId = `currency-${entry.currency}`;
          const figure = (key: keyof typeof entry.change) => ({ current: entry.current[key], previous: entry.previous[key], change: entry.change[key] });
          return (
            <section key={entry.currency} aria-labelledby={headingId} className="space-y-4" data-testid={`currency-${entry.currency}`}>
              <h2 id={headingId} className="text-lg font-semibold">
                {t("overview.currencyTitle", { currency: code })}
              </h2>
              <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
                <StatCard label={t("overview.figures.gross")} hint={t("overview.figures.grossHint")} {...compared(figure("gross"), money)} testId={`gross-${entry.currency}`} />
                <StatCard label={t("overview.figures.refunded")} value={money(entry.current.refunded)} hint={t("overview.figures.refundedHint")} testId={`refunded-${entry.currency}`} />
                <StatCard label={tf("lostToDisputes")} value={money(entry.lostToDisputes)} hint={tf("lostToDisputesHint")} testId={`lost-disputes-${entry.currency}`} />
                <StatCard label={tf("netVolume")} value={money(entry.netVolume)} hint={tf("netVolumeHint")} testId={`net-volume-${entry.currency}`} />
                <StatCard label={t("overview.figures.fees")} hint={t("overview.figures.feesHint")} {...compared(figure("fees"), money)} testId={`fees-${entry.currency}`} />
                <StatCard label={t("overview.figures.orders")} {...compared(figure("orders"), count)} testId={`orders-${entry.currency}`} />
                <StatCard
                  label={t("overview.figures.activeSellers", { currency: code })}
                  {...compared(figure("activeSellers"), count)}
                  testId={`active-sellers-${entry.currency}`}
                />
              </dl>
              {agreements.get(entry.currency) && <FeeAgreementNote agreement={agreements.get(entry.currency)!} locale={locale} />}
              <div className="rounded-2xl border border-stone-200 bg-white p-5">
                <GrossChart id={`chart-${entry.currency}`} currency={entry.currency} unit={entry.series.unit} points={entry.series.points} locale={locale} />
              </div>
            </section>
          );
        })
      )}

      <RecurringShare rows={recurring} locale={locale} />
      <MoneyAlerts alerts={alerts} locale={locale} />

      <section aria-labelledby="definitions-title" className="rounded-2xl border border-stone-200 bg-stone-50 p-5 text-sm text-stone-700">
        <h2 id="definitions-title" className="font-semibold">
          {t("overview.definitionsTitle")}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {Object.entries(messageTable(t, "overview.definitions")).map(([key, text]) => (
            <li key={key}>{text}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
