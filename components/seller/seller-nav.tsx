import { useTranslations } from "next-intl";
import { TabNav } from "@/components/ui/tab-nav";

/** The seller area's tabs. */
export function SellerNav() {
  const t = useTranslations("catalog.nav");
  const tship = useTranslations("shipping");
  const ts = useTranslations("subscriptions.seller");
  return (
    <TabNav
      label={t("label")}
      tabs={[
        { href: "/seller", label: t("dashboard"), exact: true },
        { href: "/seller/products", label: t("products") },
        { href: "/seller/orders", label: t("orders") },
        { href: "/seller/shipping", label: tship("settings.title") },
        { href: "/seller/subscriptions", label: ts("title") },
      ]}
    />
  );
}
