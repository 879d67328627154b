import { useTranslations } from "next-intl";
import { ChoiceForm } from "@/components/admin/choice-form";
import type { RefundFeePolicy } from "@/lib/orders/refunds";

/** The operator's rule for the platform's fee when a seller refunds. */
export function RefundFeePolicyForm({ policy, back, action }: { policy: RefundFeePolicy; back: string; action: (data: FormData) => Promise<void> }) {
  const t = useTranslations("moneyStock.refundPolicy");
  return (
    <ChoiceForm
      action={action}
      name="refundFeePolicy"
      legend={t("title")}
      hint={t("hint")}
      choices={(["proportional", "never"] as const).map((value) => ({ value, label: t(value) }))}
      value={policy}
      submitLabel={t("submit")}
      hidden={{ back }}
    />
  );
}
