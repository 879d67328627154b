import type { ComponentProps, ReactNode } from "react";

/** The look of a form's text inputs, textareas and selects. */
export const fieldControlClass =
  "block w-full rounded-lg border border-stone-300 bg-white px-3 py-2.5 text-sm shadow-sm placeholder:text-stone-400 focus:border-brand-500 aria-[invalid=true]:border-red-600";

/** The ids a control's aria-describedby names: its hint (hidden while an error shows), its error, then `extra`. */
export function fieldDescribedBy(id: string, hint?: ReactNode, error?: string, extra?: string): string | undefined {
  return [hint && !error && `${id}-hint`, error && `${id}-error`, extra].filter(Boolean).join(" ") || undefined;
}

/** A control's label, with "(optional)" in a lighter weight when given. */
export function FieldLabel({ htmlFor, children, optional }: { htmlFor: string; children: ReactNode; optional?: string }) {
  return (
    <label htmlFor={htmlFor} className="block text-sm font-medium">
      {children}
      {optional && <span className="ml-1 font-normal text-stone-500">({optional})</span>}
    </label>
  );
}

/** The hint under a control, replaced by the error when there is one (ids as fieldDescribedBy names them). */
export function FieldMessages({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
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

/** A labelled input with its hint and error wired to it for screen readers. */
export function Field({
  id,
  label,
  optional,
  hint,
  error,
  ...input
}: ComponentProps<"input"> & { id: string; label: ReactNode; optional?: string; hint?: string; error?: string }) {
  return (
    <div className="space-y-1.5">
      <FieldLabel htmlFor={id} optional={optional}>
        {label}
      </FieldLabel>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescribedBy(id, hint, error)}
        className={fieldControlClass}
        {...input}
      />
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}
