import { useTranslations } from "next-intl";
import type { SeriesPoint } from "@/lib/admin/overview";
import { formatCount } from "@/lib/admin/format";
import { formatDay, formatMonth } from "@/lib/i18n/format";
import { formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";

const WIDTH = 960;
const HEIGHT = 260;
const PAD = { top: 16, right: 12, bottom: 30, left: 12 };

/** A round ceiling for the axis: 1, 2 or 5 × 10^n, never 0. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((n) => n * magnitude >= value) ?? 10;
  return step * magnitude;
}

/**
 * Gross volume per bucket of one currency, drawn as SVG bars by the server (no script, no external
 * service). Each bar carries a <title>; the figure has a text summary and the same data as a table.
 */
export function GrossChart({
  id,
  currency,
  unit,
  points,
  locale,
}: {
  id: string;
  currency: string;
  unit: "day" | "month";
  points: SeriesPoint[];
  locale: Locale;
}) {
  const t = useTranslations("adminArea.overview.chart");
  const code = currency.toUpperCase();
  const money = (amount: number) => formatMoney(amount, currency, locale);
  const label = (point: SeriesPoint) => (unit === "day" ? formatDay(point.start, locale) : formatMonth(point.start, locale));
  const shortLabel = (point: SeriesPoint) => (unit === "day" ? formatDay(point.start, locale, "short") : formatMonth(point.start, locale));
  const total = points.reduce((sum, p) => sum + p.gross, 0);
  const count = points.reduce((sum, p) => sum + p.orders, 0);
  const highest = points.reduce<SeriesPoint | null>((best, p) => (p.gross > (best?.gross ?? 0) ? p : best), null);
  const top = niceMax(highest?.gross ?? 0);
  const title = t(unit === "day" ? "titleDay" : "titleMonth", { currency: code });
  const summary = highest
    ? t("summary", { total: money(total), count: formatCount(count, locale), max: money(highest.gross), label: label(highest) })
    : t("summaryEmpty");

  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotWidth / Math.max(points.length, 1);
  const barWidth = Math.max(1, slot * 0.7);
  const y = (value: number) => PAD.top + plotHeight - (value / top) * plotHeight;
  // At most ~6 labels along the axis, always the first and the last.
  const every = Math.max(1, Math.ceil(points.length / 6));
  const labelled = new Set(points.map((_, i) => i).filter((i) => i % every === 0 || i === points.length - 1));

  return (
    <figure className="space-y-3" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="text-sm font-semibold">
        {title}
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full"
        role="img"
        aria-labelledby={`${id}-svg-title ${id}-desc`}
      >
        <title id={`${id}-svg-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {[0, 0.5, 1].map((fraction) => (
          <g key={fraction}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(top * fraction)} y2={y(top * fraction)} className="stroke-stone-200" strokeDasharray={fraction === 0 ? undefined : "4 4"} />
            {fraction > 0 && (
              <text x={WIDTH - PAD.right} y={y(top * fraction) - 4} textAnchor="end" className="fill-stone-500 text-[13px]">
                {money(top * fraction)}
              </text>
            )}
          </g>
        ))}
        {points.map((point, i) => {
          const x = PAD.left + i * slot + (slot - barWidth) / 2;
          const height = Math.max(point.gross > 0 ? 2 : 0, y(0) - y(point.gross));
          return (
            <g key={point.start.toISOString()}>
              <rect x={x} y={y(0) - height} width={barWidth} height={height} rx={Math.min(3, barWidth / 3)} className="fill-brand-600">
                <title>{t("bar", { label: label(point), amount: money(point.gross), count: point.orders })}</title>
              </rect>
              {labelled.has(i) && (
                <text
                  x={i === 0 ? PAD.left : i === points.length - 1 ? WIDTH - PAD.right : x + barWidth / 2}
                  y={HEIGHT - 8}
                  textAnchor={i === 0 ? "start" : i === points.length - 1 ? "end" : "middle"}
                  className="fill-stone-500 text-[13px]"
                >
                  {shortLabel(point)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <p className="text-sm text-stone-600">{summary}</p>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-brand-700">{t("showData")}</summary>
        <div className="mt-2 max-h-80 overflow-auto rounded-lg border border-stone-200">
          <table className="w-full text-left">
            <caption className="sr-only">{t("caption", { unit: t(`units.${unit}`), currency: code })}</caption>
            <thead className="bg-stone-50 text-xs uppercase tracking-wide text-stone-500">
              <tr>
                <th scope="col" className="px-3 py-2">{t("columns.date")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("columns.gross")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("columns.orders")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {points.map((point) => (
                <tr key={point.start.toISOString()}>
                  <th scope="row" className="px-3 py-1.5 font-normal">{label(point)}</th>
                  <td className="px-3 py-1.5 text-right tabular-nums">{money(point.gross)}</td>
                  <td className="px-3 py-1.5 text-right tabular-nums">{point.orders}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
