import { TabNav } from "@/components/ui/tab-nav";
import type { AdminMessages } from "@/lib/admin/messages";
import type { OnSitePaymentsMessages } from "@/lib/i18n/messages/on-site-payments";

/** The admin area's tabs. */
export function AdminNav({ t, payments }: { t: AdminMessages["nav"]; payments: OnSitePaymentsMessages["admin"] }) {
  return (
    <TabNav
      label={t.label}
      tabs={[
        { href: "/admin", label: t.overview, exact: true },
        { href: "/admin/accounts", label: t.accounts },
        { href: "/admin/orders", label: t.orders },
        { href: "/admin/shops", label: t.shops },
        { href: "/admin/fees", label: t.fees },
        { href: "/admin/payments", label: payments.tab },
        { href: "/admin/webhooks", label: t.webhooks },
      ]}
    />
  );
}
