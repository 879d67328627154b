"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type Tab = { href: string; label: string; exact?: boolean };

/**
 * An area's tabs (seller, admin). The current one gets aria-current, found from the URL: a tab
 * is current on its own page and, unless `exact`, on the pages below it.
 */
export function TabNav({ label, tabs }: { label: string; tabs: Tab[] }) {
  const pathname = usePathname() ?? "";
  return (
    <nav aria-label={label} className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <ul className="flex min-w-max gap-1 border-b border-stone-200">
        {tabs.map((tab) => {
          const current = tab.exact ? pathname === tab.href : pathname === tab.href || pathname.startsWith(`${tab.href}/`);
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={current ? "page" : undefined}
                className={`-mb-px inline-flex items-center border-b-2 px-3 py-2.5 text-sm font-medium transition-colors ${
                  current ? "border-brand-600 text-brand-700" : "border-transparent text-stone-600 hover:border-stone-300 hover:text-ink"
                }`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
