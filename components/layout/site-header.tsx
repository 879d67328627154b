import { useTranslations } from "next-intl";
import Link from "next/link";
import { Suspense } from "react";
import type { Locale } from "@/lib/i18n/config";
import { LanguageSwitch } from "./language-switch";
import { PlainSearchInput, SearchInput } from "./search-input";
import { VisitorIsland, VisitorParts } from "./visitor-island";

/**
 * The same for every visitor of a language (it is part of cached pages): the visitor's cart count
 * and account menu come from the client island, rendered in the browser only (its Suspense
 * fallback, the neutral placeholder, is what the cached HTML holds).
 */
export function SiteHeader({
  locale,
  signOutAction,
  setLocaleAction,
}: {
  locale: Locale;
  signOutAction: () => Promise<void>;
  setLocaleAction: (formData: FormData) => Promise<void>;
}) {
  const t = useTranslations();
  return (
    <header className="sticky top-0 z-10 border-b border-stone-200 bg-white/95 backdrop-blur">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-3 sm:flex-nowrap sm:gap-6">
        <Link href="/" className="flex items-center gap-2 text-lg font-extrabold tracking-tight">
          <span aria-hidden className="grid size-8 place-items-center rounded-lg bg-brand-600 text-white">C</span>
          {/* On a phone the logo alone leaves room for the cart, language and account on one row. */}
          <span className="sr-only sm:not-sr-only">{t("common.brand")}</span>
        </Link>
        <form action="/search" role="search" className="order-last flex w-full sm:order-none sm:flex-1">
          <label htmlFor="site-search" className="sr-only">
            {t("header.searchLabel")}
          </label>
          <Suspense fallback={<PlainSearchInput placeholder={t("header.searchPlaceholder")} />}>
            <SearchInput placeholder={t("header.searchPlaceholder")} />
          </Suspense>
          <button type="submit" className="rounded-r-lg border border-stone-300 bg-stone-100 px-3 text-sm font-medium hover:bg-stone-200">
            {t("header.searchButton")}
          </button>
        </form>
        <nav aria-label={t("header.mainNav")} className="ml-auto flex shrink-0 items-center gap-1 whitespace-nowrap sm:ml-0 sm:gap-2">
          <Link href="/sell" className="hidden rounded-lg px-3 py-2 text-sm font-medium hover:bg-stone-100 lg:inline-block">
            {t("header.sell")}
          </Link>
          <LanguageSwitch locale={locale} setLocaleAction={setLocaleAction} />
          <Suspense fallback={<VisitorParts visitor={null} signOutAction={signOutAction} />}>
            <VisitorIsland signOutAction={signOutAction} />
          </Suspense>
        </nav>
      </div>
    </header>
  );
}
