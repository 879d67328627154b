import { useTranslations } from "next-intl";
import { translateKnown } from "@/lib/i18n/translator";
import type { TimelineItem } from "@/lib/admin/orders";
import type { OrderStatus } from "@/generated/prisma/enums";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";

const dotClass: Record<string, string> = {
  created: "bg-stone-400",
  checkout_started: "bg-sky-500",
  stripe_event: "bg-sky-500",
  status_changed: "bg-brand-600",
  paid: "bg-emerald-600",
  refund: "bg-amber-500",
  checkout_failed: "bg-red-600",
  amount_mismatch: "bg-red-600",
  stock_released: "bg-stone-400",
  checkout_closed: "bg-stone-400",
  payment_on_closed_order: "bg-red-600",
  refund_pending: "bg-amber-300",
  refund_failed: "bg-red-600",
};

/**
 * Events record their figures as "subtotal=2200 fee=140" (minor units): shown as words and money
 * ("Sous-total : 22,00 € · Commission : 1,40 €"). Anything else (an event type) is shown as it is.
 */
function readableDetail(detail: string, word: (key: string, amount: number) => string | undefined): string {
  const pairs = detail.split(" ").map((part) => /^(\w+)=(-?\d+)$/.exec(part));
  if (pairs.some((pair) => !pair)) return detail;
  return pairs.map((pair) => word(pair![1]!, Number(pair![2])) ?? pair![0]).join(" · ");
}

/** An order's timeline as an ordered list, oldest first (see buildTimeline). */
export function OrderTimeline({
  items,
  currency,
  statusLabels,
  locale,
}: {
  items: TimelineItem[];
  currency: string;
  statusLabels: Record<OrderStatus, string>;
  locale: Locale;
}) {
  const t = useTranslations("adminArea.order");
  // Events of the money & stock rules (issue 11) have their titles in their own module.
  const tm = useTranslations("moneyStock.timeline");
  return (
    <ol className="relative space-y-5 border-l border-stone-200 pl-6" data-testid="order-timeline">
      {items.map((item) => {
        const title = translateKnown(tm, item.type) ?? translateKnown(t, `events.${item.type}`) ?? t("events.unknown", { type: item.type });
        const status =
          item.toStatus && (item.type === "status_changed" || item.type === "checkout_failed" || item.type === "checkout_closed")
            ? t("statusChange", { from: item.fromStatus ? statusLabels[item.fromStatus] : "—", to: statusLabels[item.toStatus] })
            : null;
        return (
          <li key={item.key} className="relative">
            <span aria-hidden className={`absolute -left-[1.95rem] top-1.5 size-3 rounded-full ring-4 ring-white ${dotClass[item.type] ?? "bg-stone-400"}`} />
            <p className="text-sm font-semibold">{title}</p>
            <p className="text-xs text-stone-500">
              <time dateTime={item.at.toISOString()}>{formatDateTime(item.at, locale)}</time>
              {item.derived && <> · {t("derived")}</>}
            </p>
            {status && <p className="text-sm">{status}</p>}
            {item.refund && (
              <p className="text-sm">
                {item.refund.refundApplicationFee
                  ? t("refundWithFee", { amount: formatMoney(item.refund.amount, currency, locale) })
                  : formatMoney(item.refund.amount, currency, locale)}
              </p>
            )}
            {item.detail && <p className="break-all text-xs text-stone-600">{readableDetail(item.detail, (key, amount) => translateKnown(t, `details.${key}`, { amount: formatMoney(amount, currency, locale) }))}</p>}
            {item.stripeRef && <p className="break-all text-xs text-stone-500">{t("stripeRef", { ref: item.stripeRef })}</p>}
          </li>
        );
      })}
    </ol>
  );
}
