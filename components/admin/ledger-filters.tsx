import { useTimeZone, useTranslations } from "next-intl";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";

const controlClass = "block w-full rounded-lg border border-stone-300 bg-white px-3 py-2.5 text-sm shadow-sm focus:border-brand-500";

export type LedgerPreset = { label: string; href: string; current: boolean };

/** Shop and period of the ledger (a GET form, so a filtered view is a link), with quick periods. */
export function LedgerFilters({
  shops,
  values,
  presets,
  hidden,
  resetHref,
}: {
  shops: { id: string; name: string }[];
  values: { shop: string; from: string; to: string };
  presets: LedgerPreset[];
  /** Query keys of the page's other sections, kept when filtering. */
  hidden: Record<string, string>;
  resetHref: string;
}) {
  const t = useTranslations("adminMoney.ledger.filters");
  const zone = useTimeZone() ?? "UTC";
  return (
    <div className="space-y-3">
      <form method="get" action="/admin/fees#ledger" className="rounded-2xl border border-stone-200 bg-white p-4">
        <fieldset>
          <legend className="sr-only">{t("legend")}</legend>
          {Object.entries(hidden).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <div className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-start">
            <div className="space-y-1.5">
              <label htmlFor="ledger-shop" className="block text-sm font-medium">
                {t("shop")}
              </label>
              <select id="ledger-shop" name="shop" defaultValue={values.shop} className={controlClass}>
                <option value="">{t("allShops")}</option>
                {shops.map((shop) => (
                  <option key={shop.id} value={shop.id}>
                    {shop.name}
                  </option>
                ))}
              </select>
            </div>
            <DateField id="ledger-from" name="from" label={t("from")} defaultValue={values.from} describedBy="ledger-utc" className={controlClass} />
            <DateField id="ledger-to" name="to" label={t("to")} defaultValue={values.to} describedBy="ledger-utc" className={controlClass} />
            <div className="flex gap-2 sm:pt-[1.625rem]">
              <button type="submit" className={buttonClasses("primary")}>
                {t("apply")}
              </button>
              <Link href={resetHref} className={buttonClasses("ghost")}>
                {t("reset")}
              </Link>
            </div>
          </div>
          <p id="ledger-utc" className="mt-2 text-xs text-stone-500">
            {t("utc", { zone })}
          </p>
        </fieldset>
      </form>
      <nav aria-label={t("presets")} className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-stone-500">{t("presets")}</span>
        {presets.map((preset) => (
          <Link
            key={preset.label}
            href={preset.href}
            aria-current={preset.current ? "true" : undefined}
            className="rounded-full border border-stone-300 bg-white px-3 py-1 hover:bg-stone-50 aria-[current=true]:border-stone-900 aria-[current=true]:bg-stone-900 aria-[current=true]:text-white"
          >
            {preset.label}
          </Link>
        ))}
      </nav>
    </div>
  );
}
