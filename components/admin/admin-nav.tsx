"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { AdminMessages } from "@/lib/admin/messages";

const TABS = [
  { key: "overview", href: "/admin", exact: true },
  { key: "accounts", href: "/admin/accounts", exact: false },
  { key: "orders", href: "/admin/orders", exact: false },
  { key: "shops", href: "/admin/shops", exact: false },
  { key: "fees", href: "/admin/fees", exact: false },
  { key: "webhooks", href: "/admin/webhooks", exact: false },
] as const;

/** The admin area's tabs; the current one (aria-current) is found from the URL. */
export function AdminNav({ t }: { t: AdminMessages["nav"] }) {
  const pathname = usePathname() ?? "";
  return (
    <nav aria-label={t.label} className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <ul className="flex min-w-max gap-1 border-b border-stone-200">
        {TABS.map((tab) => {
          const current = tab.exact ? pathname === tab.href : pathname === tab.href || pathname.startsWith(`${tab.href}/`);
          return (
            <li key={tab.key}>
              <Link
                href={tab.href}
                aria-current={current ? "page" : undefined}
                className={`-mb-px inline-flex items-center border-b-2 px-3 py-2.5 text-sm font-medium transition-colors ${
                  current ? "border-brand-600 text-brand-700" : "border-transparent text-stone-600 hover:border-stone-300 hover:text-ink"
                }`}
              >
                {t[tab.key]}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
