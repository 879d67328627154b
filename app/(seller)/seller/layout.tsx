import type { ReactNode } from "react";
import { RestrictedBanner } from "@/components/seller/restricted-banner";
import { SellerNav } from "@/components/seller/seller-nav";
import { getCurrentUser } from "@/lib/auth/session";
import { findSellerShop } from "@/lib/products/seller-shop";
import { getI18n } from "@/lib/i18n/server";
import { shippingMessages } from "@/lib/i18n/messages/shipping";

/**
 * Every seller page shares the area's tabs and, while Stripe has paused the shop's payments, the
 * banner saying so (each page still checks the seller itself).
 */
export default async function SellerLayout({ children }: { children: ReactNode }) {
  const [user, { t, locale }] = await Promise.all([getCurrentUser(), getI18n()]);
  const shop = user?.role === "SELLER" ? await findSellerShop(user.id) : null;
  const account = shop?.stripeAccount;
  const paused = account?.detailsSubmitted && !account.chargesEnabled && !account.disabledReason?.startsWith("rejected");
  return (
    <div className="space-y-6">
      {user?.role === "SELLER" && <SellerNav t={t.catalog.nav} shippingLabel={shippingMessages[locale].settings.title} />}
      {shop && paused && <RestrictedBanner shopId={shop.id} t={t.payments} />}
      {children}
    </div>
  );
}
