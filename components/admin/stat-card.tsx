import type { ChangeDisplay } from "@/lib/admin/format";
import { useTranslations } from "next-intl";

const directionClass: Record<ChangeDisplay["direction"], string> = {
  up: "bg-emerald-100 text-emerald-800",
  down: "bg-red-100 text-red-800",
  flat: "bg-stone-100 text-stone-700",
  new: "bg-sky-100 text-sky-800",
  none: "bg-stone-100 text-stone-600",
};

const arrow: Record<ChangeDisplay["direction"], string> = { up: "↑", down: "↓", flat: "→", new: "★", none: "" };

/** One figure of the overview, with its change against the previous period spelt out for screen readers. */
export function StatCard({
  label,
  value,
  hint,
  change,
  previous,
  testId,
}: {
  label: string;
  value: string;
  hint?: string;
  change?: ChangeDisplay;
  previous?: string;
  testId?: string;
}) {
  const t = useTranslations("adminArea.overview.change");
  return (
    <div className="flex flex-col gap-1 rounded-2xl border border-stone-200 bg-white p-5">
      <dt className="text-sm text-stone-500">{label}</dt>
      <dd className="text-2xl font-bold tabular-nums" data-testid={testId}>
        {value}
      </dd>
      {change && (
        <dd className="flex flex-wrap items-center gap-2 text-xs">
          <span className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 font-medium ${directionClass[change.direction]}`}>
            <span aria-hidden>{arrow[change.direction]}</span>
            <span className="sr-only">{t("label", { change: change.text })}</span>
            <span aria-hidden>{change.text}</span>
          </span>
          {previous !== undefined && <span className="text-stone-500">{t("previous", { value: previous })}</span>}
        </dd>
      )}
      {hint && <dd className="text-xs text-stone-500">{hint}</dd>}
    </div>
  );
}
