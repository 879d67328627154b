"use client";

import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/button";

/** The submit button of a replay form: busy while the event is being handled again. */
export function WebhookReplayButton({ label, pendingLabel, accessibleLabel }: { label: string; pendingLabel: string; accessibleLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant="secondary" className="px-3 py-1.5 text-xs" disabled={pending} aria-busy={pending} aria-label={accessibleLabel}>
      {pending ? pendingLabel : label}
    </Button>
  );
}
