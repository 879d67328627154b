import type Stripe from "stripe";
import { db } from "@/lib/db";
import { ensureConnectedAccount } from "@/lib/connect/onboarding";
import { refreshConnectedAccount } from "@/lib/connect/refresh-account";
import { productSearchText } from "@/lib/catalog/search-text";
import { findOwnedShop } from "@/lib/shops/owned-shop";
import { createSeller, createShopFor } from "./factories";
import type { EmulatorHarness } from "./stripe-emulator";

/** A shop whose connected account finished onboarding in the emulator, synced to the database. */
export async function sellingShop(stripe: EmulatorHarness, overrides: { currency?: string; feeBps?: number; feeFixed?: number } = {}) {
  const seller = await createSeller();
  const created = await createShopFor(seller.id, { currency: overrides.currency });
  if (overrides.feeBps !== undefined || overrides.feeFixed !== undefined) {
    const feeFixedCurrency = overrides.feeFixed === undefined ? undefined : created.currency;
    await db.shop.update({ where: { id: created.id }, data: { feeBps: overrides.feeBps, feeFixed: overrides.feeFixed, feeFixedCurrency } });
  }
  const accountId = await ensureConnectedAccount((await findOwnedShop(seller.id, created.id))!);
  await stripe.control("POST", `/_emulator/accounts/${accountId}/onboarding`, { outcome: "complete" });
  await refreshConnectedAccount(accountId);
  return { seller, shop: created, accountId };
}

export async function createProduct(shopId: string, fields: { name?: string; priceAmount?: number; stock?: number | null; currency?: string } = {}) {
  const name = fields.name ?? `Produit ${Math.random().toString(36).slice(2, 7)}`;
  return db.product.create({
    data: {
      shopId,
      name,
      priceAmount: fields.priceAmount ?? 1500,
      currency: fields.currency ?? "eur",
      stock: fields.stock === undefined ? null : fields.stock,
      searchText: productSearchText({ name, description: "" }),
    },
  });
}

export async function cartWith(items: { productId: string; quantity: number }[], userId?: string) {
  return db.cart.create({ data: { userId, guestToken: userId ? null : `guest-${Math.random().toString(36).slice(2)}`, items: { create: items } } });
}

/** A Stripe-shaped event for the app's webhook route, built from the object Stripe holds now. */
export function stripeEvent(type: string, object: unknown, account: string | undefined, id = `evt_${Math.random().toString(36).slice(2)}`) {
  return {
    id,
    object: "event",
    api_version: "2026-10-28.endive",
    created: Math.floor(Date.now() / 1000),
    type,
    ...(account ? { account } : {}),
    data: { object },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
  };
}

export function retrieveSession(stripe: EmulatorHarness, sessionId: string, accountId: string): Promise<Stripe.Checkout.Session> {
  return stripe.stripe.checkout.sessions.retrieve(sessionId, { expand: ["payment_intent"] }, { stripeAccount: accountId });
}
