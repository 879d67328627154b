import { useTranslations } from "next-intl";
import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import type { CurrentUser } from "@/lib/auth/session";
import { AccountMenu } from "./account-menu";
import { LanguageSwitch } from "./language-switch";

export function SiteHeader({
  locale,
  user,
  query = "",
  cartCount = 0,
}: {
  locale: Locale;
  user: CurrentUser | null;
  query?: string;
  /** Units in the visitor's cart; 0 shows the plain link. */
  cartCount?: number;
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
          <input
            id="site-search"
            name="q"
            type="search"
            defaultValue={query}
            placeholder={t("header.searchPlaceholder")}
            className="w-full rounded-l-lg border border-r-0 border-stone-300 bg-stone-50 px-3 py-2 text-sm focus:bg-white"
          />
          <button type="submit" className="rounded-r-lg border border-stone-300 bg-stone-100 px-3 text-sm font-medium hover:bg-stone-200">
            {t("header.searchButton")}
          </button>
        </form>
        <nav aria-label={t("header.mainNav")} className="ml-auto flex shrink-0 items-center gap-1 whitespace-nowrap sm:ml-0 sm:gap-2">
          <Link href="/sell" className="hidden rounded-lg px-3 py-2 text-sm font-medium hover:bg-stone-100 lg:inline-block">
            {t("header.sell")}
          </Link>
          <Link
            href="/cart"
            aria-label={cartCount > 0 ? t("header.cartCount", { count: cartCount }) : undefined}
            className="inline-flex items-center gap-1.5 rounded-lg px-2 py-2 text-sm font-medium hover:bg-stone-100 sm:px-3"
          >
            {t("header.cart")}
            {cartCount > 0 && (
              <span aria-hidden className="min-w-5 rounded-full bg-brand-600 px-1.5 py-0.5 text-center text-xs font-bold leading-none text-white tabular-nums">
                {cartCount > 99 ? "99+" : cartCount}
              </span>
            )}
          </Link>
          <LanguageSwitch locale={locale} />
          <AccountMenu user={user} />
        </nav>
      </div>
    </header>
  );
}
