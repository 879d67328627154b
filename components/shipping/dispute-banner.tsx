import { Alert } from "@/components/ui/alert";
import type { Locale } from "@/lib/i18n/config";
import { disputeSummary, type DisputeView } from "@/lib/disputes/summary";

/** What the seller must know about the order's dispute and, while it is open, what to do by when. */
export function DisputeBanner({ dispute, locale }: { dispute: DisputeView; locale: Locale }) {
  const tone = dispute.status === "won" ? "success" : dispute.status === "lost" || dispute.status.endsWith("needs_response") ? "error" : "info";
  return (
    <div data-testid="dispute-banner">
      <Alert tone={tone}>{disputeSummary(dispute, locale)}</Alert>
    </div>
  );
}
