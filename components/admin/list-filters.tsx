import Link from "next/link";
import type { ComponentProps, ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";

/** The look of every control in a filter row (DateField takes it as its className too). */
export const filterControlClass =
  "block w-full rounded-lg border border-stone-300 bg-white px-3 py-2.5 text-sm shadow-sm focus:border-brand-500";

/**
 * The filter row above an admin list: a GET form, so it works without JavaScript and a filtered
 * view is a link. Its controls sit in a grid whose columns the list chooses (a Tailwind
 * `grid-cols-[…]` class at a breakpoint), followed by the submit button and, when given, a reset
 * link. `hidden` carries the query of the page's other sections, kept when filtering.
 */
export function ListFilters({
  action,
  legend,
  columns,
  align = "end",
  hidden = {},
  submitLabel,
  reset,
  footer,
  children,
}: {
  action: string;
  /** Names the group for screen readers (the visible labels name each control). */
  legend?: string;
  /** e.g. "md:grid-cols-[2fr_1fr_auto]": one column per control, then `auto` for the buttons. */
  columns: string;
  /** "start" where a control has a hint under it (DateField): the buttons line up with the inputs. */
  align?: "start" | "end";
  hidden?: Record<string, string>;
  submitLabel: string;
  /** The unfiltered list; left out where there is nothing to reset. */
  reset?: { href: string; label: string };
  /** A line under the row (a hint the controls point to, a count). */
  footer?: ReactNode;
  children: ReactNode;
}) {
  return (
    <form method="get" action={action} role="search" className="rounded-2xl border border-stone-200 bg-white p-4">
      <fieldset>
        {legend && <legend className="sr-only">{legend}</legend>}
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div className={`grid gap-3 ${columns} ${align === "start" ? "sm:items-start" : "sm:items-end"}`}>
          {children}
          <div className={`flex gap-2 ${align === "start" ? "sm:pt-[1.625rem]" : ""}`}>
            <button type="submit" className={buttonClasses("primary")}>
              {submitLabel}
            </button>
            {reset && (
              <Link href={reset.href} className={buttonClasses("ghost")}>
                {reset.label}
              </Link>
            )}
          </div>
        </div>
        {footer}
      </fieldset>
    </form>
  );
}

/** A labelled select of a filter row; `allLabel` adds a first, empty choice (no filter). */
export function FilterSelect({
  id,
  name,
  label,
  defaultValue,
  allLabel,
  options,
}: {
  id: string;
  name: string;
  label: string;
  defaultValue: string;
  allLabel?: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue} className={filterControlClass}>
        {allLabel !== undefined && <option value="">{allLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A labelled text or search input of a filter row. */
export function FilterInput({ id, label, className = "", ...input }: ComponentProps<"input"> & { id: string; label: string }) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input id={id} className={`${filterControlClass} ${className}`} {...input} />
    </div>
  );
}
