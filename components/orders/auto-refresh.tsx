"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Re-renders the page from the server every few seconds while a payment is still settling. */
export function AutoRefresh({ intervalMs = 3000, label }: { intervalMs?: number; label: string }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), intervalMs);
    return () => clearInterval(timer);
  }, [router, intervalMs]);
  return (
    <p role="status" className="flex items-center gap-2 text-sm text-stone-500">
      <span aria-hidden className="size-3 animate-spin rounded-full border-2 border-stone-300 border-t-brand-600" />
      {label}
    </p>
  );
}
