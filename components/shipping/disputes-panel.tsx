import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { useTranslations } from "next-intl";
import { formatDate, formatMoney } from "@/lib/i18n/format";

type Figures = { open: number; lost: { currency: string; amount: number; count: number }[] };
type OpenDispute = { id: string; amount: number; currency: string; reason: string; status: string; evidenceDueBy: Date | null; order: { id: string; shop: { name: string } } };

/** Operators' view of disputes: how many are open (soonest deadline first) and what was lost. */
export function DisputesPanel({ figures, open, locale }: { figures: Figures; open: OpenDispute[]; locale: Locale }) {
  const t = useTranslations("shipping.disputes");
  const statusLabel = (status: string) => (t.has(`status.${status}` as "status.won") ? t(`status.${status}` as "status.won") : status);
  return (
    <section aria-labelledby="disputes-title" className="space-y-3 rounded-2xl border border-stone-200 bg-white p-5" data-testid="admin-disputes">
      <h2 id="disputes-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-stone-600">{t("adminIntro")}</p>
      <p className="font-medium">{t("openCount", { count: figures.open })}</p>
      {figures.lost.map((row) => (
        <p key={row.currency} className="text-sm text-red-800" data-testid={`disputes-lost-${row.currency}`}>
          {t("lostLine", { amount: formatMoney(row.amount, row.currency, locale), count: row.count })}
        </p>
      ))}
      {open.length === 0 ? (
        <p className="text-sm text-stone-600">{t("noOpen")}</p>
      ) : (
        <ul className="divide-y divide-stone-100 text-sm">
          {open.map((d) => (
            <li key={d.id} className="flex flex-wrap justify-between gap-2 py-2">
              <span>
                <Link href={`/admin/orders/${d.order.id}`} className="font-mono text-brand-700 hover:underline">
                  {d.order.id.slice(-8).toUpperCase()}
                </Link>{" "}
                · {d.order.shop.name} · {statusLabel(d.status)} · {d.reason.replaceAll("_", " ")}
              </span>
              <span>
                {formatMoney(d.amount, d.currency, locale)}
                {d.evidenceDueBy ? ` · ${t("due", { date: formatDate(d.evidenceDueBy, locale) })}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
