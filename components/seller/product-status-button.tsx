"use client";

import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/button";

/** The archive / restore button of a small form: disabled and labelled as busy while it posts. */
export function ProductStatusButton({
  label,
  accessibleLabel,
  pendingLabel,
  variant,
}: {
  label: string;
  accessibleLabel: string;
  pendingLabel: string;
  variant: "secondary" | "ghost";
}) {
  const { pending } = useFormStatus();
  return (
    <Button
      type="submit"
      variant={variant}
      disabled={pending}
      aria-busy={pending}
      aria-label={pending ? pendingLabel : accessibleLabel}
      className="px-3 py-1.5"
    >
      {pending ? pendingLabel : label}
    </Button>
  );
}
