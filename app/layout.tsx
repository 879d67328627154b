import type { Metadata } from "next";
import Script from "next/script";
import type { ReactNode } from "react";
import "./globals.css";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { getCurrentUser } from "@/lib/auth/session";
import { getCurrentCartCount } from "@/lib/cart/current";
import { NextIntlClientProvider } from "next-intl";
import { getI18n } from "@/lib/i18n/server";
import { stripeJsUrl } from "@/lib/stripe";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: { default: t("meta.title"), template: `%s · ${t("common.brand")}` }, description: t("meta.description") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [{ locale, t }, user, cartCount] = await Promise.all([getI18n(), getCurrentUser(), getCurrentCartCount()]);
  // Emulator mode: the emulator's Stripe.js stand-in, loaded before hydration so loadStripe() finds
  // window.Stripe; with real keys nothing is added and loadStripe() fetches js.stripe.com.
  const stripeJs = stripeJsUrl();
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col font-sans antialiased">
        {stripeJs && <Script src={stripeJs} strategy="beforeInteractive" />}
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          {t("common.skipToContent")}
        </a>
        {/* Client components get every message, the locale, the time zone and the formats (next-intl
            inherits them from lib/i18n/request.ts): the whole tree is small, and one provider keeps it simple. */}
        <NextIntlClientProvider>
        <SiteHeader locale={locale} user={user} cartCount={cartCount} />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
