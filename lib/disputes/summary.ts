import type { Locale } from "@/lib/i18n/config";
import { formatMoney, interpolate } from "@/lib/i18n/format";
import { shippingMessages } from "@/lib/i18n/messages/shipping";

export type DisputeView = { status: string; reason: string; amount: number; currency: string; evidenceDueBy: Date | null };

/** What the seller reads about a dispute (banner and email): its state and, while open, what to do by when. */
export function disputeSummary(d: DisputeView, locale: Locale): string {
  const t = shippingMessages[locale].disputes;
  if (d.status === "won") return t.won;
  if (d.status === "lost") return t.lost;
  if (d.status.endsWith("under_review")) return t.underReview;
  const due = d.evidenceDueBy ? new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(d.evidenceDueBy) : "—";
  return interpolate(t.banner, { reason: d.reason.replaceAll("_", " "), amount: formatMoney(d.amount, d.currency, locale), due });
}
