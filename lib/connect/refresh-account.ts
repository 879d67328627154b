import { invalidateCatalogueQuietly } from "@/lib/cache/catalogue";
import type Stripe from "stripe";
import { db } from "@/lib/db";
import { getStripe } from "@/lib/stripe";
import type { Prisma } from "@/generated/prisma/client";
import { accountSnapshot } from "./account-snapshot";

type Tx = Prisma.TransactionClient | typeof db;

/**
 * Reads a connected account from Stripe (no connection or lock held) and returns how to store it.
 * The write is conditional on the sync time: a read that started before the stored one lost the
 * race (duplicate or out-of-order events, a return racing a webhook) and changes nothing, so the
 * newest read is the one that stays. Null when no shop of ours has this account.
 */
export async function readConnectedAccount(stripeAccountId: string) {
  const known = await db.connectedAccount.findUnique({ where: { stripeAccountId }, select: { id: true } });
  if (!known) return null;
  const readAt = new Date();
  const account: Stripe.Account = await getStripe().accounts.retrieve(stripeAccountId);
  return {
    account,
    apply: (tx: Tx) =>
      tx.connectedAccount.updateMany({
        where: { stripeAccountId, OR: [{ lastSyncedAt: null }, { lastSyncedAt: { lte: readAt } }] },
        data: accountSnapshot(account, readAt),
      }),
  };
}

/** The webhook's worker, the return_url page and the admin re-sync: read, then store if newest. */
export async function refreshConnectedAccount(stripeAccountId: string) {
  const read = await readConnectedAccount(stripeAccountId);
  if (!read) return null;
  await read.apply(db);
  const stored = await db.connectedAccount.findUnique({ where: { stripeAccountId } });
  // Whether the shop can take payments decides what its pages and the listings show.
  if (stored) await invalidateCatalogueQuietly({ shopIds: [stored.shopId] });
  return stored;
}
