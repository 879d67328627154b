import type { ComponentProps } from "react";
import type { CurrencyAffix } from "@/lib/money/currency-affix";

/**
 * A price input with the shop's currency shown where the seller's language writes it ("24,50 €",
 * "€24.50"). The sign is decoration for sighted users; the hint names the currency for everyone.
 */
export function ProductPriceField({
  id,
  label,
  hint,
  error,
  affix,
  ...input
}: ComponentProps<"input"> & { id: string; label: string; hint: string; error?: string; affix: CurrencyAffix }) {
  const describedBy = error ? `${id}-error ${id}-hint` : `${id}-hint`;
  const sign = (
    <span aria-hidden className="pointer-events-none grid place-items-center bg-stone-50 px-3 text-sm font-medium text-stone-600">
      {affix.symbol}
    </span>
  );
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <div className="flex overflow-hidden rounded-lg border border-stone-300 bg-white shadow-sm focus-within:border-brand-500 focus-within:outline-3 focus-within:outline-offset-2 focus-within:outline-brand-500 has-[[aria-invalid=true]]:border-red-600">
        {affix.position === "prefix" && <div className="flex border-r border-stone-200">{sign}</div>}
        <input
          id={id}
          type="text"
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className="block w-full min-w-0 flex-1 border-0 bg-transparent px-3 py-2.5 text-sm tabular-nums placeholder:text-stone-400 focus:outline-none"
          {...input}
        />
        {affix.position === "suffix" && <div className="flex border-l border-stone-200">{sign}</div>}
      </div>
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
      <p id={`${id}-hint`} className="text-xs text-stone-500">
        {hint}
      </p>
    </div>
  );
}
