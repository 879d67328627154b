import { useTranslations } from "next-intl";
import { translateKnown } from "@/lib/i18n/translator";
import type { SellerFinances as Finances } from "@/lib/connect/balance";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";

export function SellerFinances({ finances, locale }: { finances: Finances | null; locale: Locale }) {
  const t = useTranslations("payments");
  if (!finances) {
    return (
      <section className="rounded-2xl border border-stone-200 bg-white p-6">
        <h2 className="text-lg font-bold">{t("balanceTitle")}</h2>
        <p className="mt-2 text-sm text-stone-600">{t("balanceUnavailable")}</p>
      </section>
    );
  }
  const total = (list: { amount: number; currency: string }[]) =>
    list.length === 0 ? "—" : list.map((entry) => formatMoney(entry.amount, entry.currency, locale)).join(" · ");
  return (
    <section aria-labelledby="balance-title" className="space-y-5 rounded-2xl border border-stone-200 bg-white p-6">
      <h2 id="balance-title" className="text-lg font-bold">
        {t("balanceTitle")}
      </h2>
      <dl className="grid grid-cols-2 gap-4">
        <div>
          <dt className="text-sm text-stone-500">{t("available")}</dt>
          <dd className="text-xl font-bold" data-testid="balance-available">{total(finances.available)}</dd>
        </div>
        <div>
          <dt className="text-sm text-stone-500">{t("pending")}</dt>
          <dd className="text-xl font-bold" data-testid="balance-pending">{total(finances.pending)}</dd>
        </div>
      </dl>
      <div>
        <h3 className="text-sm font-semibold">{t("payoutsTitle")}</h3>
        {finances.payouts.length === 0 ? (
          <p className="mt-2 text-sm text-stone-500">{t("noPayouts")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-stone-100 text-sm">
            {finances.payouts.map((payout) => (
              <li key={payout.id} className="flex justify-between py-2">
                <span>{t("arrival", { date: formatDate(new Date(payout.arrival_date * 1000), locale) })}</span>
                <span className="text-stone-500">{translateKnown(t, `payoutStatus.${payout.status}`, undefined, payout.status)}</span>
                <span className="font-semibold">{formatMoney(payout.amount, payout.currency, locale)}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
