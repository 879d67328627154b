import type { ReactNode } from "react";
import { RestrictedBanner } from "@/components/seller/restricted-banner";
import { SellerNav } from "@/components/seller/seller-nav";
import { getCurrentUser } from "@/lib/auth/session";
import { findSellerShop } from "@/lib/products/seller-shop";

/**
 * Every seller page shares the area's tabs and, while Stripe has paused the shop's payments, the
 * banner saying so (each page still checks the seller itself).
 */
export default async function SellerLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  const shop = user?.role === "SELLER" ? await findSellerShop(user.id) : null;
  const account = shop?.stripeAccount;
  const paused = account?.detailsSubmitted && !account.chargesEnabled && !account.disabledReason?.startsWith("rejected");
  return (
    <div className="space-y-6">
      {user?.role === "SELLER" && <SellerNav />}
      {shop && paused && <RestrictedBanner shopId={shop.id} />}
      {children}
    </div>
  );
}
