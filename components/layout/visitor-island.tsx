"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { VISITOR_CHANGED_EVENT, VISITOR_ENDPOINT, type VisitorSummary } from "@/lib/auth/visitor";
import { AccountMenu } from "./account-menu";

/**
 * The visitor's own part of the header (cart count, account menu), fetched from /api/me after load
 * so the page around it can be the same cached HTML for everyone. Asked again on every navigation
 * (sign-in and sign-out end on another page or query) and when a cart form announces a change.
 * Until the answer arrives, a neutral placeholder: nothing that could be read as another state.
 */
export function VisitorIsland({ signOutAction }: { signOutAction: () => Promise<void> }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const [visitor, setVisitor] = useState<VisitorSummary | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    window.addEventListener(VISITOR_CHANGED_EVENT, bump);
    return () => window.removeEventListener(VISITOR_CHANGED_EVENT, bump);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    fetch(VISITOR_ENDPOINT, { cache: "no-store", signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<VisitorSummary>) : null))
      .then((summary) => {
        if (summary) setVisitor(summary);
      })
      .catch(() => {}); // aborted, or offline: the header keeps what it showed
    return () => controller.abort();
  }, [pathname, search, version]);

  return <VisitorParts visitor={visitor} signOutAction={signOutAction} />;
}

/** The cart link and the account menu; `visitor` null means "not known yet". */
export function VisitorParts({ visitor, signOutAction }: { visitor: VisitorSummary | null; signOutAction: () => Promise<void> }) {
  const t = useTranslations();
  const cartCount = visitor?.cartCount ?? 0;
  return (
    <>
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
      {visitor ? (
        <AccountMenu user={visitor.user} signOutAction={signOutAction} />
      ) : (
        <>
          <span aria-hidden className="inline-block h-9 w-20" data-visitor-pending="" />
          {/* Without JavaScript the island never fills in: /account signs in first when needed. */}
          <noscript>
            <Link href="/account" className="rounded-lg px-3 py-2 text-sm font-medium hover:bg-stone-100">
              {t("header.account")}
            </Link>
          </noscript>
        </>
      )}
    </>
  );
}
