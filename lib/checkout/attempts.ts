import type Stripe from "stripe";
import type { Prisma } from "@/generated/prisma/client";
import { shopCanSell } from "@/lib/catalog/availability";
import { db } from "@/lib/db";
import { feeSettingsForShop } from "@/lib/fees/application-fee";
import { isPublicUrl } from "@/lib/http/public-url";
import { chargeAmountProblem } from "@/lib/money/currencies";
import { invalidateSoldOut } from "@/lib/cache/catalogue";
import { reserveStock } from "@/lib/orders/stock";
import { recordOrderEvent } from "@/lib/orders/timeline";
import { feeBase, orderApplicationFee, planShipping, shopShippingRate } from "@/lib/shipping/rates";
import { getStripe } from "@/lib/stripe";
import { recurringOf, subscriptionCartFee } from "@/lib/subscriptions/checkout";
import { feePercentFromBps } from "@/lib/subscriptions/fee";
import type { CheckoutSessionInput } from "@/lib/stripe/create-checkout-session";
import { paymentExperienceFor, type PaymentExperience } from "./experience";
import {
  ATTEMPT_WINDOW_SECONDS,
  MAX_ATTEMPTS_PER_CART,
  MAX_RESERVED_UNITS,
  reservationDeadline,
  SESSION_CREATE_WINDOW_SECONDS,
  sessionExpiresAt,
} from "./limits";
import type { StartCheckoutInput, StartCheckoutResult } from "./start-checkout";

type Tx = Prisma.TransactionClient;

export class CheckoutRefused extends Error {
  constructor(readonly result: Extract<StartCheckoutResult, { ok: false }>) {
    super(result.code);
  }
}

export type OpenAttempt = {
  id: string;
  checkoutSessionId: string | null;
  stripeAccountId: string;
  /** How this attempt is paid: "payment_element" attempts have no session (lib/checkout/payment-intent.ts). */
  experience: PaymentExperience;
  retrieveSession(): Promise<Stripe.Checkout.Session>;
};

/** What to do next: use this attempt (new or still open), or first close the one the cart has outgrown. */
export type AttemptPlan = { kind: "open"; attempt: OpenAttempt } | { kind: "replace"; orderId: string };

/** The cart's lines for a shop as one string: same string, same order to pay. */
export function cartFingerprint(currency: string, lines: { productId: string; quantity: number; unitAmount: number }[]): string {
  return [currency, ...lines.map((l) => `${l.productId}x${l.quantity}@${l.unitAmount}`).sort()].join("|");
}

/**
 * Decides, under a lock on the cart's row (so two requests for one cart take turns), whether the
 * cart's open attempt for this shop can be used as it is, must be replaced, or a new one is
 * created (stock reserved, order written with its deadline). Everything is read from the
 * database: prices, stock, the shop's ability to sell, the fee, the currency's limits.
 */
export async function planAttempt(tx: Tx, input: StartCheckoutInput): Promise<AttemptPlan> {
  const now = new Date();
  // Writing the cart's row locks it until the transaction ends: the same cart's requests queue here.
  const locked = await tx.cart.updateMany({ where: { id: input.cartId }, data: { updatedAt: now } });
  const cart = locked.count === 1 ? await tx.cart.findUnique({ where: { id: input.cartId }, select: { userId: true } }) : null;
  if (!cart) throw new CheckoutRefused({ ok: false, code: "empty" });

  const shop = await tx.shop.findUnique({ where: { id: input.shopId }, include: { stripeAccount: true } });
  if (!shop) throw new CheckoutRefused({ ok: false, code: "empty" });
  if (!shopCanSell(shop) || !shop.stripeAccount) throw new CheckoutRefused({ ok: false, code: "unavailable" });
  const stripeAccountId = shop.stripeAccount.stripeAccountId;

  const cartItems = await tx.cartItem.findMany({
    where: { cartId: input.cartId, product: { shopId: shop.id } },
    include: { product: true },
    orderBy: { addedAt: "asc" },
  });
  if (cartItems.length === 0) throw new CheckoutRefused({ ok: false, code: "empty" });
  const inactive = cartItems.find((item) => !item.product.active);
  if (inactive) throw new CheckoutRefused({ ok: false, code: "inactive", product: inactive.product.name });
  // One subscription bills all its recurring items together: they must share one period.
  if (new Set(cartItems.map((item) => recurringOf(item.product)).filter(Boolean).map((r) => `${r!.interval}/${r!.intervalCount}`)).size > 1) {
    throw new CheckoutRefused({ ok: false, code: "mixed_intervals" });
  }

  // Stripe's limits for the currency are checked before anything is written (the subtotal column is 32-bit).
  const subtotal = cartItems.reduce((sum, item) => sum + item.product.priceAmount * item.quantity, 0);
  const problem = chargeAmountProblem(subtotal, shop.currency);
  if (problem) throw new CheckoutRefused({ ok: false, code: problem.code });
  const fingerprint = cartFingerprint(
    shop.currency,
    cartItems.map((item) => ({ productId: item.productId, quantity: item.quantity, unitAmount: item.product.priceAmount })),
  );

  // Subscriptions are paid through Checkout (hosted or embedded); the Payment Element flow takes one-time carts only.
  const chosen = await paymentExperienceFor(shop, tx);
  const hasRecurring = cartItems.some((item) => recurringOf(item.product) !== null);
  const experience = hasRecurring && chosen === "payment_element" ? "hosted" : chosen;
  const open = await tx.order.findFirst({ where: { cartId: input.cartId, shopId: shop.id, status: "PENDING" }, orderBy: { createdAt: "desc" } });
  if (open) {
    const lost = !open.checkoutSessionId && open.paymentExperience !== "payment_element" && now.getTime() - open.createdAt.getTime() > SESSION_CREATE_WINDOW_SECONDS * 1000;
    // A session about to expire is not worth sending the buyer to.
    const expiring = sessionExpiresAt(open.createdAt) * 1000 - now.getTime() < 2 * 60_000;
    if (open.cartFingerprint === fingerprint && open.paymentExperience === experience && !lost && !expiring) {
      return { kind: "open", attempt: attemptOf(open, stripeAccountId) };
    }
    return { kind: "replace", orderId: open.id };
  }

  // Physical goods: the one rate the shop's settings give this cart (lib/shipping/rates.ts).
  const physical = cartItems.some((item) => !item.product.digital);
  const shipping = planShipping(physical, { shipsTo: shop.shipsTo, rate: physical ? await shopShippingRate(shop.id, shop.currency, tx) : null }, subtotal);
  if (shipping === "not_shipping") throw new CheckoutRefused({ ok: false, code: "unavailable" });
  // Stripe offers shipping rates in payment mode only: a subscription cart of physical goods gets its
  // address asked but pays no shipping (the seller prices delivery into the recurring item).
  const shippingAmount = hasRecurring ? 0 : (shipping?.amount ?? 0);
  const shippingProblem = shippingAmount > 0 ? chargeAmountProblem(subtotal + shippingAmount, shop.currency) : null;
  if (shippingProblem) throw new CheckoutRefused({ ok: false, code: shippingProblem.code });

  await checkCartLimits(tx, input.cartId, cart.userId !== null, cartItems.reduce((sum, item) => sum + item.quantity, 0), now);
  for (const item of cartItems) await reserveStock(tx, { productId: item.productId, name: item.product.name, quantity: item.quantity });
  // The catalogue's cached pages show "sold out" as soon as the last unit is taken (counts may lag).
  await invalidateSoldOut(cartItems.map((item) => item.productId), tx);
  const feeSettings = await feeSettingsForShop(shop, shop.currency, tx);
  // A cart with a recurring item is paid by a subscription: its fee is a percentage (lib/subscriptions/fee.ts).
  const subscriptionFee = subscriptionCartFee(cartItems.map((item) => item.product), subtotal, feeSettings);
  const fee = subscriptionFee ?? orderApplicationFee(subtotal, shippingAmount, feeSettings, shop.currency, await feeBase(tx));
  const order = await tx.order.create({
    data: {
      shopId: shop.id,
      buyerId: input.buyer?.id ?? null,
      cartId: input.cartId,
      cartFingerprint: fingerprint,
      status: "PENDING",
      subtotalAmount: subtotal,
      applicationFeeAmount: fee,
      subscriptionFeeBps: subscriptionFee === null ? null : feeSettings.feeBps,
      currency: shop.currency,
      locale: input.locale,
      paymentExperience: experience,
      createdAt: now,
      reservedUntil: reservationDeadline(now),
      requiresShipping: shipping !== null,
      shippingCountries: shipping?.allowedCountries ?? [],
      shippingAmount,
      items: {
        create: cartItems.map((item) => ({ productId: item.productId, name: item.product.name, unitAmount: item.product.priceAmount, quantity: item.quantity })),
      },
    },
  });
  await recordOrderEvent(tx, order.id, { type: "created", toStatus: "PENDING", detail: `subtotal=${subtotal} shipping=${shippingAmount} fee=${fee}` });
  return { kind: "open", attempt: attemptOf(order, stripeAccountId) };
}

function attemptOf(order: { id: string; checkoutSessionId: string | null; paymentExperience: string }, stripeAccountId: string): OpenAttempt {
  const experience = order.paymentExperience as PaymentExperience;
  return { id: order.id, checkoutSessionId: order.checkoutSessionId, stripeAccountId, experience, retrieveSession: sessionRetriever(order.checkoutSessionId ?? "", stripeAccountId) };
}

export function sessionRetriever(sessionId: string, stripeAccount: string): () => Promise<Stripe.Checkout.Session> {
  return () => getStripe().checkout.sessions.retrieve(sessionId, {}, { stripeAccount });
}

/**
 * Without an account or a payment, a cart must not be able to hold the shelves: its open attempts
 * (all shops) hold a bounded number of units, and it starts a bounded number of attempts.
 */
async function checkCartLimits(tx: Tx, cartId: string, signedIn: boolean, units: number, now: Date) {
  const since = new Date(now.getTime() - ATTEMPT_WINDOW_SECONDS * 1000);
  const [recent, held] = await Promise.all([
    tx.order.count({ where: { cartId, createdAt: { gte: since } } }),
    tx.orderItem.aggregate({ where: { order: { cartId, status: "PENDING" } }, _sum: { quantity: true } }),
  ]);
  if (recent >= MAX_ATTEMPTS_PER_CART) throw new CheckoutRefused({ ok: false, code: "too_many_attempts" });
  if ((held._sum.quantity ?? 0) + units > MAX_RESERVED_UNITS[signedIn ? "signedIn" : "guest"]) {
    throw new CheckoutRefused({ ok: false, code: "too_many_reserved" });
  }
}

/**
 * Everything the session is created with comes from the order as written, so a retry (same
 * idempotency key) sends exactly the same request: Stripe then answers with the same session.
 */
export async function sessionInputFor(orderId: string, appUrl: string): Promise<CheckoutSessionInput> {
  const order = await db.order.findUniqueOrThrow({
    where: { id: orderId },
    include: {
      items: { include: { product: { select: { description: true, imageUrl: true, recurringInterval: true, recurringIntervalCount: true } } }, orderBy: { id: "asc" } },
      buyer: { select: { email: true } },
      shop: { select: { stripeAccount: { select: { stripeAccountId: true } } } },
    },
  });
  return {
    orderId: order.id,
    stripeAccountId: order.shop.stripeAccount!.stripeAccountId,
    currency: order.currency,
    lines: order.items.map((item) => ({
      name: item.name,
      description: item.product?.description ?? "",
      imageUrl: item.product?.imageUrl && isPublicUrl(appUrl) ? new URL(item.product.imageUrl, appUrl).toString() : undefined,
      unitAmount: item.unitAmount,
      quantity: item.quantity,
      recurring: item.product ? recurringOf(item.product) : null,
    })),
    applicationFee: order.applicationFeeAmount,
    shipping: order.requiresShipping ? { allowedCountries: order.shippingCountries, amount: order.shippingAmount, locale: order.locale } : undefined,
    ...(order.subscriptionFeeBps !== null ? { applicationFeePercent: feePercentFromBps(order.subscriptionFeeBps) } : {}),
    customerEmail: order.buyer?.email,
    locale: order.locale,
    successUrl: `${appUrl}/checkout/success?session_id={CHECKOUT_SESSION_ID}`,
    // The cancel page expires the session and gives the stock back at once.
    cancelUrl: `${appUrl}/checkout/cancel?order=${encodeURIComponent(order.id)}`,
    expiresAt: sessionExpiresAt(order.createdAt),
    ...(order.paymentExperience === "embedded" ? { embedded: { returnUrl: `${appUrl}/checkout/success?session_id={CHECKOUT_SESSION_ID}` } } : {}),
  };
}
