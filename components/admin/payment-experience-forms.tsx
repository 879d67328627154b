import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { PAYMENT_EXPERIENCES, type PaymentExperience } from "@/lib/checkout/experience";

type Action = (formData: FormData) => Promise<void>;

/** The platform's payment experience: three radio buttons (a plain form, works without JavaScript). */
export function PlatformExperienceForm({ value, action }: { value: PaymentExperience; action: Action }) {
  const t = useTranslations("onSitePayments.admin");
  return (
    <form action={action} className="space-y-3">
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">{t("platformLegend")}</legend>
        {PAYMENT_EXPERIENCES.map((experience) => (
          <label key={experience} className="flex items-start gap-2 text-sm">
            <input type="radio" name="paymentExperience" value={experience} defaultChecked={value === experience} className="mt-0.5 size-4 accent-brand-600" />
            <span>
              <span className="font-medium">{t(`experiences.${experience}`)}</span>
              <span className="block text-xs text-stone-500">{t(`hints.${experience}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <Button type="submit">{t("save")}</Button>
    </form>
  );
}

/** One shop's override, in a row of the shops table. */
export function ShopExperienceForm({ shop, value, action }: { shop: { id: string; name: string }; value: PaymentExperience | null; action: Action }) {
  const t = useTranslations("onSitePayments.admin");
  const id = `experience-${shop.id}`;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="shopId" value={shop.id} />
      <label htmlFor={id} className="sr-only">
        {`${t("experience")} — ${shop.name}`}
      </label>
      <select id={id} name="paymentExperience" defaultValue={value ?? "inherit"} className="rounded-lg border border-stone-300 bg-white px-2 py-1.5 text-sm">
        <option value="inherit">{t("inherit")}</option>
        {PAYMENT_EXPERIENCES.map((experience) => (
          <option key={experience} value={experience}>
            {t(`experiences.${experience}`)}
          </option>
        ))}
      </select>
      <Button type="submit" variant="secondary">
        {t("save")}
      </Button>
    </form>
  );
}
