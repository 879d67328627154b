import type Stripe from "stripe";
import type { Prisma } from "@/generated/prisma/client";
import { refreshConnectedAccount } from "@/lib/connect/refresh-account";

/**
 * account.updated: the payload may be older than what Stripe knows now (events arrive out of
 * order), so the account is re-read and its current state wins.
 */
export async function accountUpdated(event: Stripe.Event, tx: Prisma.TransactionClient): Promise<void> {
  const account = event.data.object as Stripe.Account;
  await refreshConnectedAccount(event.account ?? account.id, tx);
}
