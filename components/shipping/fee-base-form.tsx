import { Button } from "@/components/ui/button";
import { useTranslations } from "next-intl";
import type { FeeBase } from "@/lib/validations/shipping";

/** The operator's rule: application fee on the goods only, or on goods + shipping (a plain form). */
export function FeeBaseForm({ base, action }: { base: FeeBase; action: (data: FormData) => Promise<void> }) {
  const t = useTranslations("shipping.feeBase");
  return (
    <form action={action} className="space-y-3">
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t("title")}</legend>
        <p className="text-xs text-stone-500">{t("hint")}</p>
        {(["goods", "total"] as const).map((value) => (
          <label key={value} className="flex items-center gap-2 text-sm">
            <input type="radio" name="feeBase" value={value} defaultChecked={base === value} className="size-4 accent-brand-600" />
            {t(value)}
          </label>
        ))}
      </fieldset>
      <Button type="submit" variant="secondary">
        {t("submit")}
      </Button>
    </form>
  );
}
