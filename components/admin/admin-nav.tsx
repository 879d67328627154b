import { useTranslations } from "next-intl";
import { TabNav } from "@/components/ui/tab-nav";

/** The admin area's tabs. */
export function AdminNav() {
  const t = useTranslations("adminArea.nav");
  const tj = useTranslations("jobs.emails");
  const tp = useTranslations("onSitePayments.admin");
  return (
    <TabNav
      label={t("label")}
      tabs={[
        { href: "/admin", label: t("overview"), exact: true },
        { href: "/admin/accounts", label: t("accounts") },
        { href: "/admin/orders", label: t("orders") },
        { href: "/admin/shops", label: t("shops") },
        { href: "/admin/fees", label: t("fees") },
        { href: "/admin/payments", label: tp("tab") },
        { href: "/admin/webhooks", label: t("webhooks") },
        { href: "/admin/emails", label: tj("nav") },
      ]}
    />
  );
}
