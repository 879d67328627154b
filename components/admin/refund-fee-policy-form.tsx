import { useTranslations } from "next-intl";
import { setRefundFeePolicyAction } from "@/app/[locale]/(admin)/admin/fees/actions";
import { Button } from "@/components/ui/button";
import type { RefundFeePolicy } from "@/lib/orders/refunds";

/** The operator's rule for the platform's fee when a seller refunds (a plain form, works without JavaScript). */
export function RefundFeePolicyForm({ policy, back }: { policy: RefundFeePolicy; back: string; }) {
  const t = useTranslations("moneyStock.refundPolicy");
  return (
    <form action={setRefundFeePolicyAction} className="space-y-3">
      <input type="hidden" name="back" value={back} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t("title")}</legend>
        <p className="text-xs text-stone-500">{t("hint")}</p>
        {(["proportional", "never"] as const).map((value) => (
          <label key={value} className="flex items-center gap-2 text-sm">
            <input type="radio" name="refundFeePolicy" value={value} defaultChecked={policy === value} className="size-4 accent-brand-600" />
            {t(`${value}`)}
          </label>
        ))}
      </fieldset>
      <Button type="submit" variant="secondary">
        {t("submit")}
      </Button>
    </form>
  );
}
