import type { ComponentProps, ReactNode } from "react";

// Same look and wiring as components/ui/field.tsx, for the form's textarea and selects.
const controlClasses =
  "block w-full rounded-lg border border-stone-300 bg-white px-3 py-2.5 text-sm shadow-sm placeholder:text-stone-400 focus:border-brand-500 aria-[invalid=true]:border-red-600";

function describedBy(id: string, hint?: ReactNode, error?: string, extra?: string): string | undefined {
  return [hint && !error && `${id}-hint`, error && `${id}-error`, extra].filter(Boolean).join(" ") || undefined;
}

function HintAndError({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint && !error && (
        <p id={`${id}-hint`} className="text-xs text-stone-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </>
  );
}

export function ShopFieldLabel({ htmlFor, children, optional }: { htmlFor: string; children: ReactNode; optional?: string }) {
  return (
    <label htmlFor={htmlFor} className="block text-sm font-medium">
      {children}
      {optional && <span className="ml-1 font-normal text-stone-500">({optional})</span>}
    </label>
  );
}

export function ShopTextareaField({
  id,
  label,
  hint,
  error,
  counter,
  optional,
  ...textarea
}: ComponentProps<"textarea"> & { id: string; label: ReactNode; hint?: ReactNode; error?: string; counter?: string; optional?: string }) {
  return (
    <div className="space-y-1.5">
      <ShopFieldLabel htmlFor={id} optional={optional}>
        {label}
      </ShopFieldLabel>
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error, counter ? `${id}-counter` : undefined)}
        className={`${controlClasses} min-h-28 resize-y`}
        {...textarea}
      />
      <div className="flex items-start justify-between gap-4">
        <div className="space-y-1">
          <HintAndError id={id} hint={hint} error={error} />
        </div>
        {counter && (
          <p id={`${id}-counter`} className="shrink-0 text-xs tabular-nums text-stone-500">
            {counter}
          </p>
        )}
      </div>
    </div>
  );
}

export function ShopSelectField({
  id,
  label,
  hint,
  error,
  children,
  ...select
}: ComponentProps<"select"> & { id: string; label: ReactNode; hint?: ReactNode; error?: string }) {
  return (
    <div className="space-y-1.5">
      <ShopFieldLabel htmlFor={id}>{label}</ShopFieldLabel>
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className={controlClasses} {...select}>
        {children}
      </select>
      <HintAndError id={id} hint={hint} error={error} />
    </div>
  );
}
