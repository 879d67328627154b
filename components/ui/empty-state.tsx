import type { ReactNode } from "react";

export function EmptyState({ title, hint, action }: { title: string; hint?: string; action?: ReactNode }) {
  return (
    <div className="rounded-2xl border border-dashed border-stone-300 bg-white px-6 py-14 text-center">
      <p className="text-base font-semibold">{title}</p>
      {hint && <p className="mt-1 text-sm text-stone-600">{hint}</p>}
      {action && <div className="mt-6">{action}</div>}
    </div>
  );
}
