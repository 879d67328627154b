import { TabNav } from "@/components/ui/tab-nav";
import type { AdminMessages } from "@/lib/admin/messages";

/** The admin area's tabs. */
export function AdminNav({ t }: { t: AdminMessages["nav"] & { emails: string } }) {
  return (
    <TabNav
      label={t.label}
      tabs={[
        { href: "/admin", label: t.overview, exact: true },
        { href: "/admin/accounts", label: t.accounts },
        { href: "/admin/orders", label: t.orders },
        { href: "/admin/shops", label: t.shops },
        { href: "/admin/fees", label: t.fees },
        { href: "/admin/webhooks", label: t.webhooks },
        { href: "/admin/emails", label: t.emails },
      ]}
    />
  );
}
