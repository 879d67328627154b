import type Stripe from "stripe";
import { getStripe } from "./client";

export type ConnectAccountKind = "standard" | "express";

/**
 * Direct charges make the connected account the merchant of record: it pays Stripe's fees and
 * Stripe collects its requirements. "standard" gives the seller the full Stripe dashboard;
 * "express" the lighter Express dashboard (with login links).
 */
function controllerFor(kind: ConnectAccountKind): Stripe.AccountCreateParams.Controller {
  return kind === "express"
    ? { stripe_dashboard: { type: "express" }, fees: { payer: "account" }, losses: { payments: "stripe" }, requirement_collection: "stripe" }
    : { stripe_dashboard: { type: "full" }, fees: { payer: "account" }, losses: { payments: "stripe" }, requirement_collection: "stripe" };
}

export type NewConnectedAccount = {
  shopId: string;
  kind: ConnectAccountKind;
  email: string;
  country: string;
  shopName: string;
  shopUrl: string | null;
};

/**
 * Creates the shop's connected account, prefilled with what the platform knows. The idempotency
 * key is derived from the shop: if the process dies between Stripe's answer and our database
 * write, the retry gets the same account back instead of creating an orphan.
 */
export function createConnectedAccount(input: NewConnectedAccount): Promise<Stripe.Account> {
  return getStripe().accounts.create(
    {
      controller: controllerFor(input.kind),
      email: input.email,
      country: input.country,
      business_profile: { name: input.shopName, ...(input.shopUrl ? { url: input.shopUrl } : {}) },
      metadata: { shop_id: input.shopId },
    },
    { idempotencyKey: connectedAccountIdempotencyKey(input.shopId) },
  );
}

export function connectedAccountIdempotencyKey(shopId: string): string {
  return `shop-${shopId}-connected-account`;
}
