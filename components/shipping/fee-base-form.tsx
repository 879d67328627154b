import { useTranslations } from "next-intl";
import { ChoiceForm } from "@/components/admin/choice-form";
import type { FeeBase } from "@/lib/validations/shipping";

/** The operator's rule: application fee on the goods only, or on goods + shipping. */
export function FeeBaseForm({ base, action }: { base: FeeBase; action: (data: FormData) => Promise<void> }) {
  const t = useTranslations("shipping.feeBase");
  return (
    <ChoiceForm
      action={action}
      name="feeBase"
      legend={t("title")}
      hint={t("hint")}
      choices={(["goods", "total"] as const).map((value) => ({ value, label: t(value) }))}
      value={base}
      submitLabel={t("submit")}
    />
  );
}
