import { useTranslations } from "next-intl";
import { messageTable, translateKnown } from "@/lib/i18n/translator";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { dueRequirements, type PaymentsState } from "@/lib/connect/account-state";
import { requirementLabels } from "@/lib/connect/requirement-labels";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";

type Account = {
  currentlyDue: string[];
  pastDue: string[];
  disabledReason: string | null;
  currentDeadline: Date | null;
  lastSyncedAt: Date | null;
};

/** The badge tone of each state, wherever a connected account's state is shown (seller dashboard, admin shops). */
export const paymentsStateTones: Record<PaymentsState, BadgeTone> = {
  not_started: "neutral",
  ready: "success",
  verifying: "info",
  info_due: "warning",
  rejected: "danger",
  disabled: "danger",
};

/** The truth about the shop's connected account, and the one button that moves it forward. */
export function PaymentsStatus({ shopId, state, account, locale }: { shopId: string; state: PaymentsState; account: Account | null; locale: Locale }) {
  const t = useTranslations("payments");
  const due = account ? requirementLabels(dueRequirements(account), messageTable(t, "requirementLabels")) : [];
  const reason = account?.disabledReason ? translateKnown(t, `disabledReasons.${account.disabledReason}`, undefined, account.disabledReason) : null;
  const action = state === "not_started" ? t("setUp") : state === "info_due" ? t("continue") : state === "disabled" || state === "verifying" ? t("update") : null;
  return (
    <section aria-labelledby="payments-title" className="space-y-4 rounded-2xl border border-stone-200 bg-white p-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="payments-title" className="text-lg font-bold">
          {t("statusTitle")}
        </h2>
        <Badge tone={paymentsStateTones[state]}>
          <span data-testid="payments-state">{t(`states.${state}`)}</span>
        </Badge>
      </div>
      <p className="text-sm text-stone-700">{t(`explain.${state}`)}</p>
      {reason && state !== "ready" && <p className="text-sm font-medium text-red-800">{t("reason", { reason })}</p>}
      {due.length > 0 && (
        <div className="rounded-xl bg-amber-50 p-4">
          <h3 className="text-sm font-semibold text-amber-950">{t("requirementsTitle")}</h3>
          <ul className="mt-2 list-inside list-disc space-y-1 text-sm text-amber-950" aria-label={t("requirementsTitle")}>
            {due.map((item) => (
              <li key={item.label}>
                {item.label}
                {item.pastDue && <span className="ml-2 rounded bg-red-100 px-1.5 py-0.5 text-xs font-medium text-red-800">{t("pastDueNote")}</span>}
              </li>
            ))}
          </ul>
          {account?.currentDeadline && (
            <p className="mt-3 text-sm font-medium text-amber-950">{t("deadline", { date: formatDate(account.currentDeadline, locale, "long") })}</p>
          )}
        </div>
      )}
      {action && (
        <form method="post" action={`/seller/shops/${shopId}/payments/setup`}>
          <Button type="submit">{action}</Button>
        </form>
      )}
      {account?.lastSyncedAt && <p className="text-xs text-stone-500">{t("lastSynced", { date: formatDate(account.lastSyncedAt, locale, "long") })}</p>}
    </section>
  );
}
