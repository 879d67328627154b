"use client";

import { usePathname, useSearchParams } from "next/navigation";

const className = "w-full rounded-l-lg border border-r-0 border-stone-300 bg-stone-50 px-3 py-2 text-sm focus:bg-white";

/** The header's search box; on the results page it shows the query (read in the browser: the header is cached HTML). */
export function SearchInput({ placeholder }: { placeholder: string }) {
  const pathname = usePathname();
  const query = useSearchParams().get("q") ?? "";
  const value = pathname === "/search" ? query : "";
  return <input key={value} id="site-search" name="q" type="search" defaultValue={value} placeholder={placeholder} className={className} />;
}

/** The same box before the query is known (the cached HTML, and without JavaScript). */
export function PlainSearchInput({ placeholder }: { placeholder: string }) {
  return <input id="site-search" name="q" type="search" placeholder={placeholder} className={className} />;
}
