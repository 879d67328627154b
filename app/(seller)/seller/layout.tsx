import type { ReactNode } from "react";
import { SellerNav } from "@/components/seller/seller-nav";
import { getCurrentUser } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";

/** Every seller page shares the area's tabs (each page still checks the seller itself). */
export default async function SellerLayout({ children }: { children: ReactNode }) {
  const [user, { t }] = await Promise.all([getCurrentUser(), getI18n()]);
  return (
    <div className="space-y-6">
      {user?.role === "SELLER" && <SellerNav t={t.catalog.nav} />}
      {children}
    </div>
  );
}
