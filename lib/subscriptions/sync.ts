import type Stripe from "stripe";
import type { Prisma } from "@/generated/prisma/client";
import { appTable } from "@/lib/db";
import type { RecurringInterval, SubscriptionStatus } from "@/generated/prisma/enums";
import { logger } from "@/lib/logger";
import { getStripe } from "@/lib/stripe";

type Tx = Prisma.TransactionClient;

const idOf = (value: string | { id: string } | null | undefined): string | null => (typeof value === "string" ? value : (value?.id ?? null));

const STATUS: Record<string, SubscriptionStatus> = {
  active: "ACTIVE",
  trialing: "ACTIVE",
  past_due: "PAST_DUE",
  unpaid: "UNPAID",
  canceled: "CANCELED",
  incomplete: "INCOMPLETE",
  incomplete_expired: "CANCELED",
  paused: "PAUSED",
};

const INTERVALS: readonly string[] = ["week", "month", "year"] satisfies RecurringInterval[];

export type SyncedSubscription = { id: string; shopId: string; buyerId: string | null; email: string | null; firstOrderId: string | null };

/**
 * Mirrors one Stripe Subscription of a connected account into PostgreSQL (read with
 * `readSubscription` first, written by `applySubscription`). Stripe is re-read, so
 * the row always takes Stripe's latest state, whatever order the events came in (an old
 * `customer.subscription.updated` applied late writes today's state, not the payload's). The
 * first order (the Checkout attempt) is named by `metadata.order_id` and gets linked.
 */
export type StripeSubscriptionState = { sub: Stripe.Subscription; customerEmail: string | null };

/** Stripe's side, read before any transaction opens where the caller can (lib/subscriptions/manage.ts). */
export async function readSubscription(account: string, subscriptionId: string): Promise<StripeSubscriptionState> {
  const sub = await getStripe().subscriptions.retrieve(subscriptionId, {}, { stripeAccount: account });
  return { sub, customerEmail: await customerEmail(sub, account) };
}

/** Writes what Stripe said; no Stripe call. */
export async function applySubscription(tx: Tx, account: string, { sub, customerEmail: customer }: StripeSubscriptionState): Promise<SyncedSubscription | null> {
  const subscriptionId = sub.id;
  const shop = await tx.shop.findFirst({ where: { stripeAccount: { stripeAccountId: account } }, select: { id: true } });
  if (!shop) {
    logger.warn("subscription of an unknown account", { subscriptionId, account });
    return null;
  }
  const orderId = sub.metadata?.order_id ?? null;
  // The first order's row is locked before the subscription's: checkout.session.completed locks the
  // order (its fulfilment) and then the subscription, so taking them in the other order here
  // (customer.subscription.*, invoice.paid) deadlocked when both were applied at once.
  if (orderId) await tx.$queryRawUnsafe(`SELECT 1 FROM ${appTable("Order")} WHERE "id" = $1 FOR UPDATE`, orderId);
  const firstOrder = orderId ? await tx.order.findFirst({ where: { id: orderId, shopId: shop.id }, select: { id: true, buyerId: true, guestEmail: true, buyer: { select: { email: true } } } }) : null;
  const item = sub.items.data[0];
  const recurring = item?.price.recurring;
  if (!item || !recurring || !INTERVALS.includes(recurring.interval)) throw new Error(`subscription ${sub.id} has no weekly/monthly/yearly item`);
  const state = {
    stripeCustomerId: idOf(sub.customer) ?? "",
    status: STATUS[sub.status as keyof typeof STATUS] ?? "INCOMPLETE",
    currency: sub.currency,
    periodAmount: sub.items.data.reduce((sum, i) => sum + (i.price.unit_amount ?? 0) * (i.quantity ?? 1), 0),
    interval: recurring.interval as RecurringInterval,
    intervalCount: recurring.interval_count,
    feePercent: sub.application_fee_percent,
    currentPeriodEnd: new Date(item.current_period_end * 1000),
    cancelAtPeriodEnd: sub.cancel_at_period_end,
    canceledAt: sub.canceled_at ? new Date(sub.canceled_at * 1000) : null,
    endedAt: sub.ended_at ? new Date(sub.ended_at * 1000) : null,
  };
  const row = await tx.subscription.upsert({
    where: { stripeSubscriptionId: sub.id },
    create: {
      stripeSubscriptionId: sub.id,
      shopId: shop.id,
      buyerId: firstOrder?.buyerId ?? null,
      email: firstOrder?.buyer?.email ?? firstOrder?.guestEmail ?? customer,
      createdAt: new Date(sub.created * 1000),
      ...state,
    },
    update: state,
  });
  if (firstOrder) await tx.order.updateMany({ where: { id: firstOrder.id, subscriptionId: null }, data: { subscriptionId: row.id } });
  return { id: row.id, shopId: row.shopId, buyerId: row.buyerId, email: row.email, firstOrderId: firstOrder?.id ?? null };
}

async function customerEmail(sub: Stripe.Subscription, account: string): Promise<string | null> {
  const customerId = idOf(sub.customer);
  if (!customerId) return null;
  const customer = await getStripe().customers.retrieve(customerId, {}, { stripeAccount: account });
  return "email" in customer ? (customer.email ?? null) : null;
}

/** The subscription an invoice bills (API 2025+: `parent.subscription_details.subscription`). */
export function subscriptionOfInvoice(invoice: Stripe.Invoice): string | null {
  return idOf(invoice.parent?.subscription_details?.subscription as string | { id: string } | null | undefined);
}
