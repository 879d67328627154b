import { useTranslations } from "next-intl";

/** "Digital product (no delivery)": such products ask the buyer for no address. */
export function DigitalProductField({ defaultChecked }: { defaultChecked: boolean }) {
  const t = useTranslations("shipping.settings");
  return (
    <div className="space-y-1">
      <label className="flex items-center gap-2 text-sm font-medium">
        <input type="checkbox" name="digital" defaultChecked={defaultChecked} aria-describedby="product-digital-hint" className="size-4 accent-brand-600" />
        {t("digital")}
      </label>
      <p id="product-digital-hint" className="text-xs text-stone-500">
        {t("digitalHelp")}
      </p>
    </div>
  );
}
