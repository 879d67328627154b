import { db } from "@/lib/db";
import { STRIPE_TX_OPTIONS } from "@/lib/db-transactions";
import { getStripe } from "@/lib/stripe";
import { applySubscription, readSubscription } from "./sync";

export type CancelResult = { ok: true; cancelAtPeriodEnd: boolean; currentPeriodEnd: Date } | { ok: false; reason: "notFound" | "ended" | "stripe" };

/**
 * The buyer cancels at the end of the period (or takes it back before it ends). The change is made
 * on the seller's account through the API first (no transaction open meanwhile), then the row is
 * refreshed from Stripe's answer; the customer.subscription.updated webhook converges to the same.
 */
export async function setCancelAtPeriodEnd(buyerId: string, subscriptionId: string, cancel: boolean): Promise<CancelResult> {
  const row = await db.subscription.findFirst({
    where: { id: subscriptionId, buyerId },
    select: { stripeSubscriptionId: true, status: true, shop: { select: { stripeAccount: { select: { stripeAccountId: true } } } } },
  });
  const account = row?.shop.stripeAccount?.stripeAccountId;
  if (!row || !account) return { ok: false, reason: "notFound" };
  if (row.status === "CANCELED") return { ok: false, reason: "ended" };
  try {
    await getStripe().subscriptions.update(row.stripeSubscriptionId, { cancel_at_period_end: cancel }, { stripeAccount: account, idempotencyKey: `sub-${row.stripeSubscriptionId}-cape-${cancel}-${Date.now()}` });
  } catch {
    return { ok: false, reason: "stripe" };
  }
  const state = await readSubscription(account, row.stripeSubscriptionId);
  await db.$transaction((tx) => applySubscription(tx, account, state), STRIPE_TX_OPTIONS);
  const updated = await db.subscription.findUniqueOrThrow({ where: { id: subscriptionId }, select: { cancelAtPeriodEnd: true, currentPeriodEnd: true } });
  return { ok: true, ...updated };
}
