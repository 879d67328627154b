import { getTranslations } from "next-intl/server";
import type { Translator } from "@/lib/i18n/translator";
import type { Metadata } from "next";
import { AdminPageHeader } from "@/components/admin/page-header";
import { FeeOverridesTable, type FeeOverrideRow } from "@/components/admin/fee-overrides-table";
import { FeeSettingsForm } from "@/components/admin/fee-settings-form";
import { RefundFeePolicyForm } from "@/components/admin/refund-fee-policy-form";
import { refundFeePolicy } from "@/lib/orders/refunds";
import { FeeBaseForm } from "@/components/shipping/fee-base-form";
import { feeBase } from "@/lib/shipping/rates";
import { clearShopFeeOverrideAction, setRefundFeePolicyAction, setShopFeeOverrideAction, updatePlatformFeesAction } from "./actions";
import { setFeeBaseAction } from "./fee-base-actions";
import { LedgerFilters, type LedgerPreset } from "@/components/admin/ledger-filters";
import { FilterInput, ListFilters } from "@/components/admin/list-filters";
import { LedgerTable } from "@/components/admin/ledger-table";
import { LedgerTotals } from "@/components/admin/ledger-totals";
import { Alert } from "@/components/ui/alert";
import { Pagination } from "@/components/ui/pagination";
import { buttonClasses } from "@/components/ui/button";
import { formatBps, getPlatformFees, listShopFees, maxFixedFee } from "@/lib/admin/fees";
import { dayString, ledgerQuery, ledgerShopOptions, ledgerTotals, listLedger, parseLedgerFilters, type LedgerFilters as Filters } from "@/lib/admin/ledger";
import { parsePage, searchParam } from "@/lib/admin/pagination";
import { requireAdmin } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { getLocale } from "@/lib/i18n/server";
import { formatAmountForInput } from "@/lib/money/parse-amount";

type SearchParams = Record<string, string | string[] | undefined>;
const SAVED = ["platform", "override", "cleared", "refundPolicy"] as const;
const DAY_MS = 86_400_000;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminMoney");
  return { title: t("fees.title") };
}

function feeLabel(bps: number, fixed: number | null, currency: string, locale: Locale, tf: Translator<"moneyStock.fixedFees">): string {
  const fixedLabel = fixed === null ? tf("shopNone", { currency: currency.toUpperCase() }) : formatMoney(fixed, currency, locale);
  return `${formatBps(bps, locale)} + ${fixedLabel}`;
}

/** This month, last month, the last 30 days and all time, in UTC days. */
function presets(filters: Filters, t: Translator<"adminMoney.ledger.filters">, now = new Date()): LedgerPreset[] {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  const today = new Date(Date.UTC(y, m, now.getUTCDate()));
  const ranges: { label: string; from?: Date; to?: Date }[] = [
    { label: t("thisMonth"), from: new Date(Date.UTC(y, m, 1)), to: today },
    { label: t("lastMonth"), from: new Date(Date.UTC(y, m - 1, 1)), to: new Date(Date.UTC(y, m, 0)) },
    { label: t("last30"), from: new Date(today.getTime() - 29 * DAY_MS), to: today },
    { label: t("allTime") },
  ];
  const same = (a?: Date, b?: Date) => (a ? dayString(a) : "") === (b ? dayString(b) : "");
  return ranges.map((range) => ({
    label: range.label,
    href: `/admin/fees${ledgerQuery({ shopId: filters.shopId, from: range.from, to: range.to })}#ledger`,
    current: same(range.from, filters.from) && same(range.to, filters.to),
  }));
}

function periodLabel(filters: Filters, locale: Locale, t: Translator<"adminMoney.ledger.period">): string {
  const day = (date: Date) => formatDate(date, locale);
  if (filters.from && filters.to) return t("range", { from: day(filters.from), to: day(filters.to) });
  if (filters.from) return t("from", { from: day(filters.from) });
  if (filters.to) return t("to", { to: day(filters.to) });
  return t("all");
}

export default async function AdminFeesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdmin();
  const params = await searchParams;
  const locale = await getLocale();
  const [t, ms, tf] = await Promise.all([getTranslations("adminMoney"), getTranslations("moneyStock"), getTranslations("moneyStock.fixedFees")]);

  const filters = parseLedgerFilters(params);
  const ledgerPage = parsePage(params.page);
  const shopQuery = searchParam(params.q);
  const overridesOnly = searchParam(params.only) === "1";
  const shopPage = parsePage(params.sp);
  const saved = SAVED.find((key) => key === searchParam(params.saved));

  const [policy, platform, shopFees, ledger, totals, shopOptions, base] = await Promise.all([
    refundFeePolicy(),
    getPlatformFees(),
    listShopFees({ q: shopQuery, overridesOnly, page: shopPage }),
    listLedger(filters, ledgerPage),
    ledgerTotals(filters),
    ledgerShopOptions(),
    feeBase(),
  ]);

  // Each section's links keep the other sections' state.
  const shopState = { q: shopQuery || undefined, only: overridesOnly ? "1" : undefined, sp: shopFees.page > 1 ? shopFees.page : undefined };
  const back = ledgerQuery(filters, { ...shopState, page: ledger.page > 1 ? ledger.page : undefined }).replace(/^\?/, "");
  const rows: FeeOverrideRow[] = shopFees.rows.map((shop) => {
    const hasOverride = shop.feeBps !== null || shop.feeFixed !== null;
    return {
      id: shop.id,
      name: shop.name,
      currency: shop.currency,
      hasOverride,
      overrideLabel: hasOverride
        ? `${shop.feeBps === null ? "—" : formatBps(shop.feeBps, locale)} + ${shop.feeFixed === null ? "—" : formatMoney(shop.feeFixed, shop.currency, locale)}`
        : null,
      effectiveLabel: feeLabel(shop.effectiveBps, shop.effectiveFixed, shop.currency, locale, tf),
      defaults: {
        feeBps: shop.feeBps === null ? "" : String(shop.feeBps),
        feeFixed: shop.feeFixed === null ? "" : formatAmountForInput(shop.feeFixed, shop.currency, locale),
      },
    };
  });
  const csvQuery = ledgerQuery(filters);
  const withoutFixed = platform.fixed.filter((f) => f.amount === null).map((f) => f.currency.toUpperCase());

  return (
    <div className="space-y-10">
      <AdminPageHeader title={t("fees.title")} intro={t("fees.intro")} />
      {saved && <Alert tone="success">{saved === "refundPolicy" ? ms("refundPolicy.saved") : t(`fees.saved.${saved}`)}</Alert>}

      <section aria-labelledby="platform-fees" className="space-y-4 rounded-2xl border border-stone-200 bg-white p-6">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="platform-fees" className="text-lg font-semibold">
            {t("fees.platform.title")}
          </h2>
          <p className="text-sm text-stone-600" data-testid="platform-fee-current">
            {ms("fixedFees.current", { bps: formatBps(platform.feeBps, locale) })}
            {platform.updatedAt && <span className="ml-2 text-stone-400">· {t("fees.platform.updatedAt", { date: formatDate(platform.updatedAt, locale, "long") })}</span>}
          </p>
        </div>
        {withoutFixed.length > 0 && (
          <p className="text-sm text-amber-800" data-testid="currencies-without-fixed-fee">
            {ms("fixedFees.noneCount", { count: withoutFixed.length })} <span className="font-medium">{withoutFixed.join(", ")}</span>
          </p>
        )}
        <FeeSettingsForm
          key={`${platform.feeBps}-${platform.fixed.map((f) => f.amount).join(",")}`}
          defaults={{
            feeBps: String(platform.feeBps),
            fixed: platform.fixed.map(({ currency, amount }) => ({
              currency,
              value: amount === null ? "" : formatAmountForInput(amount, currency, locale),
              max: formatMoney(maxFixedFee(currency), currency, locale),
            })),
          }}
          back={back}
          action={updatePlatformFeesAction}
        />
        <div id="refund-policy" className="scroll-mt-6 border-t border-stone-200 pt-4">
          <RefundFeePolicyForm policy={policy} back={back} action={setRefundFeePolicyAction} />
        </div>
        <div id="fee-base" className="scroll-mt-6 border-t border-stone-200 pt-4">
          <FeeBaseForm base={base} action={setFeeBaseAction} />
        </div>
      </section>

      <section id="overrides" aria-labelledby="overrides-title" className="scroll-mt-6 space-y-4">
        <div className="space-y-1">
          <h2 id="overrides-title" className="text-lg font-semibold">
            {t("fees.overrides.title")}
          </h2>
          <p className="text-sm text-stone-600">{t("fees.overrides.hint")}</p>
        </div>
        <ListFilters
          action="/admin/fees#overrides"
          columns="sm:grid-cols-[2fr_auto_auto]"
          hidden={Object.fromEntries(new URLSearchParams(ledgerQuery(filters)))}
          submitLabel={t("fees.overrides.searchSubmit")}
          footer={<p className="mt-2 text-sm text-stone-500">{t("fees.overrides.count", { count: shopFees.total })}</p>}
        >
          <FilterInput id="override-search" type="search" name="q" label={t("fees.overrides.search")} defaultValue={shopQuery} />
          <label className="flex items-center gap-2 pb-2.5 text-sm">
            <input type="checkbox" name="only" value="1" defaultChecked={overridesOnly} className="size-4 accent-brand-600" />
            {t("fees.overrides.overridesOnly")}
          </label>
        </ListFilters>
        <FeeOverridesTable rows={rows} back={back} setOverrideAction={setShopFeeOverrideAction} clearOverrideAction={clearShopFeeOverrideAction} />
        <Pagination
          page={shopFees.page}
          pageCount={shopFees.pages}
          label={t("fees.overrides.title")}
          href={(n) => `/admin/fees${ledgerQuery(filters, { ...shopState, sp: n > 1 ? n : undefined })}#overrides`}
        />
      </section>

      <section id="ledger" aria-labelledby="ledger-title" className="scroll-mt-6 space-y-5">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div className="space-y-1">
            <h2 id="ledger-title" className="text-lg font-semibold">
              {t("ledger.title")}
            </h2>
            <p className="max-w-3xl text-sm text-stone-600">{t("ledger.hint")}</p>
          </div>
          <div className="flex flex-wrap gap-2" role="group" aria-label={t("ledger.exports.title")}>
            <a href={`/admin/fees/ledger.csv${csvQuery}`} download className={buttonClasses("secondary")}>
              {t("ledger.exports.ledger")}
            </a>
            <a href={`/admin/orders.csv${csvQuery}`} download className={buttonClasses("secondary")}>
              {t("ledger.exports.orders")}
            </a>
          </div>
        </div>
        <LedgerFilters
          shops={shopOptions}
          values={{ shop: filters.shopId ?? "", from: filters.from ? dayString(filters.from) : "", to: filters.to ? dayString(filters.to) : "" }}
          presets={presets(filters, (await getTranslations("adminMoney.ledger.filters")))}
          hidden={Object.fromEntries(Object.entries(shopState).filter((entry): entry is [string, string] => entry[1] !== undefined).map(([k, v]) => [k, String(v)]))}
          resetHref="/admin/fees#ledger"
        />
        <p className="text-xs text-stone-500">{t("ledger.exports.hint")}</p>
        <LedgerTotals byShop={totals.byShop} byCurrency={totals.byCurrency} periodLabel={periodLabel(filters, locale, (await getTranslations("adminMoney.ledger.period")))} locale={locale} />
        <div className="space-y-3">
          <p className="text-sm text-stone-500">{t("ledger.entries", { count: ledger.total })}</p>
          <LedgerTable entries={ledger.entries} locale={locale} />
          <Pagination
            page={ledger.page}
            pageCount={ledger.pages}
            label={t("ledger.title")}
            href={(n) => `/admin/fees${ledgerQuery(filters, { ...shopState, page: n > 1 ? n : undefined })}#ledger`}
          />
        </div>
      </section>
    </div>
  );
}
