/** A shop can take payments when the platform has not suspended it and Stripe enabled charges. */
export function shopCanSell(shop: { status: string; stripeAccount: { chargesEnabled: boolean } | null }): boolean {
  return shop.status === "ACTIVE" && Boolean(shop.stripeAccount?.chargesEnabled);
}
