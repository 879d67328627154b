import type Stripe from "stripe";
import { logger } from "@/lib/logger";
import { getStripe } from "@/lib/stripe";

export type SellerFinances = {
  available: { amount: number; currency: string }[];
  pending: { amount: number; currency: string }[];
  payouts: Pick<Stripe.Payout, "id" | "amount" | "currency" | "status" | "arrival_date">[];
};

/**
 * The connected account's balance and recent payouts, read from Stripe with its Stripe-Account
 * header. Null when Stripe cannot answer: the dashboard still renders, with a note.
 */
export async function getSellerFinances(stripeAccountId: string): Promise<SellerFinances | null> {
  const stripe = getStripe();
  try {
    const [balance, payouts] = await Promise.all([
      stripe.balance.retrieve({}, { stripeAccount: stripeAccountId }),
      stripe.payouts.list({ limit: 5 }, { stripeAccount: stripeAccountId }),
    ]);
    const amounts = (list: Stripe.Balance.Available[] | Stripe.Balance.Pending[]) =>
      list.map(({ amount, currency }) => ({ amount, currency }));
    return {
      available: amounts(balance.available),
      pending: amounts(balance.pending),
      payouts: payouts.data.map(({ id, amount, currency, status, arrival_date }) => ({ id, amount, currency, status, arrival_date })),
    };
  } catch (error) {
    logger.warn("could not read seller finances", { stripeAccountId, error });
    return null;
  }
}
