import Link from "next/link";
import type { Messages } from "@/lib/i18n/messages";
import { SignOutButton } from "@/components/auth/sign-out-button";
import type { Role } from "@/generated/prisma/enums";

type MenuUser = { name: string | null; email: string; role: Role };

/** A disclosure (<details>) menu: keyboard and screen-reader friendly with no script. */
export function AccountMenu({ user, t }: { user: MenuUser | null; t: Messages }) {
  if (!user) {
    return (
      <div className="flex items-center gap-2 text-sm">
        <Link href="/signin" className="rounded-lg px-3 py-2 font-medium hover:bg-stone-100">
          {t.header.signIn}
        </Link>
        <Link href="/signup" className="hidden rounded-lg bg-stone-900 px-3 py-2 font-medium text-white hover:bg-stone-700 sm:inline-block">
          {t.header.signUp}
        </Link>
      </div>
    );
  }
  const initial = (user.name ?? user.email).charAt(0).toUpperCase();
  return (
    <details className="group relative">
      <summary
        aria-label={t.header.accountMenu}
        className="flex cursor-pointer list-none items-center gap-2 rounded-lg px-2 py-1.5 hover:bg-stone-100 [&::-webkit-details-marker]:hidden"
      >
        <span aria-hidden className="grid size-8 place-items-center rounded-full bg-brand-100 text-sm font-bold text-brand-700">
          {initial}
        </span>
        <span className="hidden max-w-32 truncate text-sm font-medium md:inline">{user.name ?? user.email}</span>
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-56 rounded-xl border border-stone-200 bg-white p-1.5 shadow-lg">
        <p className="truncate px-3 py-2 text-xs text-stone-500">{user.email}</p>
        <Link href="/account" className="block rounded-md px-3 py-2 text-sm hover:bg-stone-100">
          {t.header.account}
        </Link>
        {user.role === "SELLER" && (
          <Link href="/seller" className="block rounded-md px-3 py-2 text-sm hover:bg-stone-100">
            {t.header.sellerDashboard}
          </Link>
        )}
        {user.role === "ADMIN" && (
          <Link href="/admin" className="block rounded-md px-3 py-2 text-sm hover:bg-stone-100">
            {t.header.admin}
          </Link>
        )}
        <div className="my-1 border-t border-stone-100" />
        <SignOutButton label={t.header.signOut} />
      </div>
    </details>
  );
}
