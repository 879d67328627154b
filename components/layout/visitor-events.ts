import { useEffect } from "react";
import { VISITOR_CHANGED_EVENT } from "@/lib/auth/visitor";

/** Tells the header's island that the visitor's cart or session changed, so it asks /api/me again. */
export function announceVisitorChange(): void {
  window.dispatchEvent(new Event(VISITOR_CHANGED_EVENT));
}

/** For cart forms: each successful change (a new `at`) refreshes the header's count. */
export function useAnnounceCartChange(state: { status: string; at?: number }): void {
  const changedAt = state.status === "ok" ? state.at : undefined;
  useEffect(() => {
    if (changedAt !== undefined) announceVisitorChange();
  }, [changedAt]);
}
