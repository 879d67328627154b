import type { ComponentProps, ReactNode } from "react";
import { FieldLabel, FieldMessages, fieldControlClass, fieldDescribedBy } from "@/components/ui/field";

// A textarea and a select wired like components/ui/field.tsx's input.

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
      <FieldLabel htmlFor={id} optional={optional}>
        {label}
      </FieldLabel>
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescribedBy(id, hint, error, counter ? `${id}-counter` : undefined)}
        className={`${fieldControlClass} min-h-28 resize-y`}
        {...textarea}
      />
      <div className="flex items-start justify-between gap-4">
        <div className="space-y-1">
          <FieldMessages id={id} hint={hint} error={error} />
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
      <FieldLabel htmlFor={id}>{label}</FieldLabel>
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={fieldDescribedBy(id, hint, error)} className={fieldControlClass} {...select}>
        {children}
      </select>
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}
