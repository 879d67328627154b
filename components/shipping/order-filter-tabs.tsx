import Link from "next/link";
import { useTranslations } from "next-intl";

/** All orders, or only those waiting to be shipped. */
export function OrderFilterTabs({ current }: { current: "all" | "to_ship" }) {
  const t = useTranslations("shipping.fulfilment");
  const tabs = [
    { key: "all", href: "/seller/orders", label: t("filterAll") },
    { key: "to_ship", href: "/seller/orders?filter=to_ship", label: t("filterToShip") },
  ] as const;
  return (
    <nav aria-label={t("title")} className="flex gap-2">
      {tabs.map((tab) => (
        <Link
          key={tab.key}
          href={tab.href}
          aria-current={current === tab.key ? "page" : undefined}
          className={`rounded-full border px-3 py-1 text-sm ${current === tab.key ? "border-brand-600 bg-brand-50 font-semibold text-brand-800" : "border-stone-200 text-stone-700 hover:bg-stone-50"}`}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
