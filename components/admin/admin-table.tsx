import type { ReactNode } from "react";

/** A captioned, horizontally scrollable table for the admin lists. */
export function AdminTable({ caption, minWidth = "min-w-[720px]", children }: { caption: string; minWidth?: string; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-2xl border border-stone-200 bg-white">
      <table className={`w-full ${minWidth} text-left text-sm`}>
        <caption className="px-4 pt-4 pb-2 text-left text-sm font-semibold text-stone-700">{caption}</caption>
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

export const theadClass = "border-y border-stone-200 bg-stone-50";
export const tbodyClass = "divide-y divide-stone-100";
export const tdClass = "px-4 py-3 align-top";
