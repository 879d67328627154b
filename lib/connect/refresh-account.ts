import { db } from "@/lib/db";
import { STRIPE_TX_OPTIONS } from "@/lib/db-transactions";
import { getStripe } from "@/lib/stripe";
import type { Prisma } from "@/generated/prisma/client";
import { accountSnapshot } from "./account-snapshot";

type Tx = Prisma.TransactionClient;

/**
 * Re-reads a connected account from Stripe and stores its current state. The webhook, the
 * return_url page and the admin re-sync all come here. The account's row is locked first, so
 * concurrent refreshes (duplicate or out-of-order events, a return racing a webhook) read Stripe
 * one after the other and the newest read is the one that stays.
 *
 * Returns null when no shop of ours has this account.
 */
export function refreshConnectedAccount(stripeAccountId: string, tx?: Tx) {
  if (tx) return refreshWithin(tx, stripeAccountId);
  return db.$transaction((inner) => refreshWithin(inner, stripeAccountId), STRIPE_TX_OPTIONS);
}

async function refreshWithin(tx: Tx, stripeAccountId: string) {
  const locked = await tx.connectedAccount.updateMany({ where: { stripeAccountId }, data: { updatedAt: new Date() } });
  if (locked.count === 0) return null;
  const account = await getStripe().accounts.retrieve(stripeAccountId);
  return tx.connectedAccount.update({ where: { stripeAccountId }, data: accountSnapshot(account) });
}

