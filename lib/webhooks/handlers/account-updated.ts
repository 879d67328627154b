import type Stripe from "stripe";
import { readConnectedAccount } from "@/lib/connect/refresh-account";
import type { ApplyEvent } from "../process-event";

/**
 * account.updated: the payload may be older than what Stripe knows now (events arrive out of
 * order), so the account is re-read and the newest read wins.
 */
export async function accountUpdated(event: Stripe.Event): Promise<ApplyEvent> {
  const read = await readConnectedAccount(event.account ?? (event.data.object as Stripe.Account).id);
  return async (tx) => {
    await read?.apply(tx);
  };
}
