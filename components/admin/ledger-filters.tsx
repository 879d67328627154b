import { useTimeZone, useTranslations } from "next-intl";
import Link from "next/link";
import { filterControlClass, FilterSelect, ListFilters } from "@/components/admin/list-filters";
import { DateField } from "@/components/ui/date-field";

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
      <ListFilters
        action="/admin/fees#ledger"
        legend={t("legend")}
        columns="sm:grid-cols-[2fr_1fr_1fr_auto]"
        align="start"
        hidden={hidden}
        submitLabel={t("apply")}
        reset={{ href: resetHref, label: t("reset") }}
        footer={
          <p id="ledger-utc" className="mt-2 text-xs text-stone-500">
            {t("utc", { zone })}
          </p>
        }
      >
        <FilterSelect
          id="ledger-shop"
          name="shop"
          label={t("shop")}
          defaultValue={values.shop}
          allLabel={t("allShops")}
          options={shops.map((shop) => ({ value: shop.id, label: shop.name }))}
        />
        <DateField id="ledger-from" name="from" label={t("from")} defaultValue={values.from} describedBy="ledger-utc" className={filterControlClass} />
        <DateField id="ledger-to" name="to" label={t("to")} defaultValue={values.to} describedBy="ledger-utc" className={filterControlClass} />
      </ListFilters>
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
