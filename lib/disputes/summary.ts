import type { Locale } from "@/lib/i18n/config";
import { formatMoney } from "@/lib/i18n/format";
import { shippingTranslator } from "@/lib/i18n/shipping-translator";

export type DisputeView = { status: string; reason: string; amount: number; currency: string; evidenceDueBy: Date | null };

/** What the seller reads about a dispute (banner and email): its state and, while open, what to do by when. */
export function disputeSummary(d: DisputeView, locale: Locale): string {
  const t = shippingTranslator(locale);
  if (d.status === "won") return t("disputes.won");
  if (d.status === "lost") return t("disputes.lost");
  if (d.status.endsWith("under_review")) return t("disputes.underReview");
  const due = d.evidenceDueBy ? new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(d.evidenceDueBy) : "—";
  return t("disputes.banner", { reason: d.reason.replaceAll("_", " "), amount: formatMoney(d.amount, d.currency, locale), due });
}
