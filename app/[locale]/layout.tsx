import type { Metadata } from "next";
import Script from "next/script";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import "../globals.css";
import { setLocaleAction } from "@/app/actions/locale";
import { signOutAction } from "@/app/actions/sign-out";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { clientMessages } from "@/lib/i18n/client-messages";
import { isLocale } from "@/lib/i18n/config";
import { stripeJsUrl } from "@/lib/stripe";

type Params = Promise<{ locale: string }>;

// The locale segment is internal (proxy.ts rewrites every page to it). No language is rendered at
// build time: the catalogue reads the database, and a build must not need one. Each language's
// pages are rendered on their first visit and cached (Incremental Static Regeneration).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale });
  return { title: { default: t("meta.title"), template: `%s · ${t("common.brand")}` }, description: t("meta.description") };
}

/**
 * The root layout reads no cookie, header or session, so catalogue pages can be static: the
 * visitor's own parts of the header (account menu, cart count) are a client island that asks
 * /api/me after load.
 */
export default async function RootLayout({ children, params }: { children: ReactNode; params: Params }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations();
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
        {/* Client components get the messages they read (lib/i18n/client-messages.ts), and the locale,
            time zone and formats inherited from lib/i18n/request.ts. */}
        <NextIntlClientProvider messages={clientMessages(locale)}>
          <SiteHeader locale={locale} signOutAction={signOutAction} setLocaleAction={setLocaleAction} />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
