import { useTranslations } from "next-intl";
import Link from "next/link";
import type { FeeAgreement, MoneyAlert } from "@/lib/admin/money-checks";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { translateKnown } from "@/lib/i18n/translator";

/** Under a currency's "fees collected": whether the fee ledger agrees, and why not when it does not. */
export function FeeAgreementNote({ agreement, locale }: { agreement: FeeAgreement; locale: Locale }) {
  const t = useTranslations("moneyStock.feeAgreement");
  if (agreement.ledger === agreement.orders && agreement.missing === 0 && agreement.mismatched === 0) {
    return <p className="text-xs text-stone-500" data-testid={`fee-agreement-${agreement.currency}`}>{t("matches")}</p>;
  }
  return (
    <div role="note" className="space-y-1 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid={`fee-agreement-${agreement.currency}`}>
      <p>{t("differs", { ledger: formatMoney(agreement.ledger, agreement.currency, locale) })}</p>
      {agreement.missing > 0 && <p>{t("missing", { count: agreement.missing })}</p>}
      {agreement.mismatched > 0 && <p>{t("mismatched", { count: agreement.mismatched })}</p>}
      <p className="text-xs">{t("repair")}</p>
    </div>
  );
}

/** Payments on closed orders and failed refunds, newest first, each linked to its order. */
export function MoneyAlerts({ alerts, locale }: { alerts: MoneyAlert[]; locale: Locale }) {
  const t = useTranslations("moneyStock.alerts");
  return (
    <section aria-labelledby="money-alerts-title" className="space-y-2 rounded-2xl border border-stone-200 bg-white p-5" data-testid="money-alerts">
      <h2 id="money-alerts-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-stone-600">{t("hint")}</p>
      {alerts.length === 0 ? (
        <p className="text-sm text-stone-500">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-stone-100 text-sm">
          {alerts.map((alert) => {
            const label =
              alert.kind === "refund_failed"
                ? t("refund_failed")
                : (translateKnown(t, `late_payment.${alert.detail ?? "waiting"}`) ?? t("late_payment.waiting"));
            return (
              <li key={`${alert.kind}-${alert.orderId}-${alert.at.getTime()}`} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                <span>
                  <span className={alert.kind === "refund_failed" ? "font-medium text-red-700" : "font-medium text-amber-800"}>{label}</span>
                  {alert.kind === "refund_failed" && alert.detail && <span className="text-stone-500"> · {alert.detail}</span>}
                  {" · "}
                  <Link href={`/admin/orders/${alert.orderId}`} className="text-brand-700 hover:underline">
                    {t("order", { id: alert.orderId.slice(-8).toUpperCase() })}
                  </Link>
                </span>
                <span className="text-stone-500">
                  {alert.amount !== null && `${formatMoney(alert.amount, alert.currency, locale)} · `}
                  {formatDate(alert.at, locale, "long")}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
