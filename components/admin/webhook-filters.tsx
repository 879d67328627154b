import { useTranslations } from "next-intl";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

const controlClass = "block w-full rounded-lg border border-stone-300 bg-white px-3 py-2.5 text-sm shadow-sm focus:border-brand-500";

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
    <form method="get" action="/admin/webhooks" className="rounded-2xl border border-stone-200 bg-white p-4">
      <fieldset>
        <legend className="sr-only">{t("legend")}</legend>
        <div className="grid gap-3 sm:grid-cols-[2fr_1fr_1.5fr_auto] sm:items-end">
          <div className="space-y-1.5">
            <label htmlFor="webhook-type" className="block text-sm font-medium">
              {t("type")}
            </label>
            <select id="webhook-type" name="type" defaultValue={values.type} className={controlClass}>
              <option value="">{t("allTypes")}</option>
              {types.map((type) => (
                <option key={type} value={type}>
                  {type}
                </option>
              ))}
            </select>
          </div>
          <div className="space-y-1.5">
            <label htmlFor="webhook-status" className="block text-sm font-medium">
              {t("status")}
            </label>
            <select id="webhook-status" name="status" defaultValue={values.status} className={controlClass}>
              <option value="">{t("allStatuses")}</option>
              {statuses.map((status) => (
                <option key={status.value} value={status.value}>
                  {status.label} ({status.count})
                </option>
              ))}
            </select>
          </div>
          <div className="space-y-1.5">
            <label htmlFor="webhook-account" className="block text-sm font-medium">
              {t("account")}
            </label>
            <input
              id="webhook-account"
              name="account"
              defaultValue={values.account}
              placeholder={t("accountHint")}
              autoComplete="off"
              spellCheck={false}
              className={`${controlClass} font-mono`}
            />
          </div>
          <div className="flex gap-2">
            <button type="submit" className={buttonClasses("primary")}>
              {t("apply")}
            </button>
            <Link href="/admin/webhooks" className={buttonClasses("ghost")}>
              {t("reset")}
            </Link>
          </div>
        </div>
      </fieldset>
    </form>
  );
}
