import { TabNav } from "@/components/ui/tab-nav";
import type { Messages } from "@/lib/i18n/messages";

/** The seller area's tabs. */
export function SellerNav({ t, shippingLabel }: { t: Messages["catalog"]["nav"]; shippingLabel?: string }) {
  return (
    <TabNav
      label={t.label}
      tabs={[
        { href: "/seller", label: t.dashboard, exact: true },
        { href: "/seller/products", label: t.products },
        { href: "/seller/orders", label: t.orders },
        ...(shippingLabel ? [{ href: "/seller/shipping", label: shippingLabel }] : []),
      ]}
    />
  );
}
