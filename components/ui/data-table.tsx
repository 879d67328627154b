import type { ReactNode } from "react";

/**
 * A horizontally scrollable table in a card, for the admin and seller lists. Children are the
 * thead (with `theadClass` and `Th`) and the tbody (`tbodyClass`); the caption, when given, is shown.
 */
export function DataTable({ caption, minWidth = "min-w-[720px]", children }: { caption?: string; minWidth?: string; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-2xl border border-stone-200 bg-white">
      <table className={`w-full ${minWidth} text-left text-sm`}>
        {caption && <caption className="px-4 pt-4 pb-2 text-left text-sm font-semibold text-stone-700">{caption}</caption>}
        {children}
      </table>
    </div>
  );
}

export function Th({ children, align = "left" }: { children: ReactNode; align?: "left" | "right" }) {
  return (
    <th scope="col" className={`px-4 py-3 text-xs font-semibold uppercase tracking-wide text-stone-500 ${align === "right" ? "text-right" : ""}`}>
      {children}
    </th>
  );
}

// Under a caption the header needs a line above it too; at the top of the card the card's border is that line.
export const theadClass = "border-y border-stone-200 bg-stone-50 first:border-t-0";
export const tbodyClass = "divide-y divide-stone-100";
export const tdClass = "px-4 py-3 align-top";
