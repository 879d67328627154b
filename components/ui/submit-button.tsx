import { Button } from "@/components/ui/button";

/** A form's submit button that says it is busy (a spinner and the pending label) and cannot be pressed twice. */
export function SubmitButton({ pending, label, pendingLabel, className }: { pending: boolean; label: string; pendingLabel: string; className?: string }) {
  return (
    <Button type="submit" disabled={pending} aria-busy={pending} className={className}>
      {pending && (
        <svg aria-hidden viewBox="0 0 24 24" className="size-4 animate-spin" fill="none">
          <circle cx="12" cy="12" r="9" stroke="currentColor" strokeOpacity="0.3" strokeWidth="3" />
          <path d="M21 12a9 9 0 0 0-9-9" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
        </svg>
      )}
      {pending ? pendingLabel : label}
    </Button>
  );
}
