"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import type { VisitorSummary } from "@/lib/auth/visitor";
import { DisclosureMenu } from "./disclosure-menu";

type MenuUser = NonNullable<VisitorSummary["user"]>;

/** Sign-in links, or the signed-in user's menu; sign-out is a plain form post to a server action. */
export function AccountMenu({ user, signOutAction }: { user: MenuUser | null; signOutAction: () => Promise<void> }) {
  const t = useTranslations();
  if (!user) {
    return (
      <div className="flex items-center gap-2 text-sm">
        <Link href="/signin" className="rounded-lg px-3 py-2 font-medium hover:bg-stone-100">
          {t("header.signIn")}
        </Link>
        <Link href="/signup" className="hidden rounded-lg bg-stone-900 px-3 py-2 font-medium text-white hover:bg-stone-700 sm:inline-block">
          {t("header.signUp")}
        </Link>
      </div>
    );
  }
  const initial = (user.name ?? user.email).charAt(0).toUpperCase();
  return (
    <DisclosureMenu
      label={t("header.accountMenu")}
      summary={
        <>
          <span aria-hidden className="grid size-8 place-items-center rounded-full bg-brand-100 text-sm font-bold text-brand-700">
            {initial}
          </span>
          <span className="hidden max-w-32 truncate text-sm font-medium md:inline">{user.name ?? user.email}</span>
        </>
      }
    >
      <p className="truncate px-3 py-2 text-xs text-stone-500">{user.email}</p>
      <Link href="/account" className="block rounded-md px-3 py-2 text-sm hover:bg-stone-100">
        {t("header.account")}
      </Link>
      {user.role === "SELLER" && (
        <Link href="/seller" className="block rounded-md px-3 py-2 text-sm hover:bg-stone-100">
          {t("header.sellerDashboard")}
        </Link>
      )}
      {user.role === "ADMIN" && (
        <Link href="/admin" className="block rounded-md px-3 py-2 text-sm hover:bg-stone-100">
          {t("header.admin")}
        </Link>
      )}
      <div className="my-1 border-t border-stone-100" />
      <form action={signOutAction}>
        <button type="submit" className="block w-full rounded-md px-3 py-2 text-left text-sm hover:bg-stone-100">
          {t("header.signOut")}
        </button>
      </form>
    </DisclosureMenu>
  );
}
