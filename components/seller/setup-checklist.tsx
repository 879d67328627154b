import { useTranslations } from "next-intl";
import { messageTable } from "@/lib/i18n/translator";
import Link from "next/link";

// Where to go to tick a step off, when a page does it.
const stepLinks: Partial<Record<keyof ChecklistProgress, string>> = { product: "/seller/products/new" };

export type ChecklistProgress = { shop: boolean; payments: boolean; product: boolean; sale: boolean };

export function SetupChecklist({ progress }: { progress: ChecklistProgress; }) {
  const t = useTranslations("payments");
  const steps = (Object.keys(messageTable(t, "checklist")) as (keyof ChecklistProgress)[]).map((key) => ({ key, label: t(`checklist.${key}`), done: progress[key] }));
  const doneCount = steps.filter((step) => step.done).length;
  return (
    <section aria-labelledby="checklist-title" className="rounded-2xl border border-stone-200 bg-white p-6">
      <div className="flex items-center justify-between">
        <h2 id="checklist-title" className="text-lg font-bold">
          {t("checklistTitle")}
        </h2>
        <span className="text-sm text-stone-500">
          {doneCount}/{steps.length}
        </span>
      </div>
      <ol className="mt-4 space-y-3">
        {steps.map((step) => (
          <li key={step.key} className="flex items-center gap-3 text-sm" data-done={step.done}>
            <span
              aria-hidden
              className={`grid size-6 place-items-center rounded-full text-xs font-bold ${step.done ? "bg-emerald-600 text-white" : "border-2 border-stone-300 text-stone-400"}`}
            >
              {step.done ? "✓" : ""}
            </span>
            {!step.done && stepLinks[step.key] ? (
              <Link href={stepLinks[step.key]!} className="font-medium text-brand-700 hover:underline">
                {step.label}
              </Link>
            ) : (
              <span className={step.done ? "text-stone-500 line-through" : "font-medium"}>{step.label}</span>
            )}
            <span className="sr-only">({step.done ? t("done") : t("todo")})</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
