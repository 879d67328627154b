import { TabNav } from "@/components/ui/tab-nav";
import type { Messages } from "@/lib/i18n/messages";

/** The seller area's tabs. */
export function SellerNav({ t, subscribersLabel }: { t: Messages["catalog"]["nav"]; subscribersLabel: string }) {
  return (
    <TabNav
      label={t.label}
      tabs={[
        { href: "/seller", label: t.dashboard, exact: true },
        { href: "/seller/products", label: t.products },
        { href: "/seller/orders", label: t.orders },
        { href: "/seller/subscriptions", label: subscribersLabel },
      ]}
    />
  );
}
