import { useTranslations } from "next-intl";
import { FilterInput, FilterSelect, ListFilters } from "@/components/admin/list-filters";

/** Type, status and account of the event log (a GET form: a filtered view is a link). */
export function WebhookFilters({
  types,
  statuses,
  values,
}: {
  types: string[];
  statuses: { value: string; label: string; count: number }[];
  values: { type: string; status: string; account: string };
}) {
  const t = useTranslations("adminMoney.webhooks.filters");
  return (
    <ListFilters
      action="/admin/webhooks"
      legend={t("legend")}
      columns="sm:grid-cols-[2fr_1fr_1.5fr_auto]"
      submitLabel={t("apply")}
      reset={{ href: "/admin/webhooks", label: t("reset") }}
    >
      <FilterSelect
        id="webhook-type"
        name="type"
        label={t("type")}
        defaultValue={values.type}
        allLabel={t("allTypes")}
        options={types.map((type) => ({ value: type, label: type }))}
      />
      <FilterSelect
        id="webhook-status"
        name="status"
        label={t("status")}
        defaultValue={values.status}
        allLabel={t("allStatuses")}
        options={statuses.map((status) => ({ value: status.value, label: `${status.label} (${status.count})` }))}
      />
      <FilterInput
        id="webhook-account"
        name="account"
        label={t("account")}
        defaultValue={values.account}
        placeholder={t("accountHint")}
        autoComplete="off"
        spellCheck={false}
        className="font-mono"
      />
    </ListFilters>
  );
}
