import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { shopCanSell } from "@/lib/catalog/availability";
import { applicationFee, feeSettingsForShop } from "@/lib/fees/application-fee";
import { isPublicUrl } from "@/lib/http/public-url";
import type { Locale } from "@/lib/i18n/config";
import { logger } from "@/lib/logger";
import { chargeAmountProblem } from "@/lib/money/currencies";
import { OutOfStockError, releaseOrderStock, reserveStock } from "@/lib/orders/stock";
import { recordOrderEvent } from "@/lib/orders/timeline";
import { createCheckoutSession } from "@/lib/stripe/create-checkout-session";
import { classifyStripeError } from "@/lib/stripe/errors";
import type { CheckoutErrorCode } from "@/components/checkout/checkout-error";

export type StartCheckoutInput = {
  cartId: string;
  shopId: string;
  buyer: { id: string; email: string } | null;
  locale: Locale;
};

export type StartCheckoutResult = { ok: true; orderId: string; url: string } | { ok: false; code: CheckoutErrorCode; product?: string };

/** Checkout sessions stay open for an hour (Stripe allows 30 minutes to 24 hours). */
const SESSION_LIFETIME_SECONDS = 60 * 60;

class CheckoutRefused extends Error {
  constructor(readonly result: Extract<StartCheckoutResult, { ok: false }>) {
    super(result.code);
  }
}

/**
 * One shop's part of the cart becomes an order and a Stripe Checkout Session. Everything is
 * decided here from the database: current prices, stock (reserved atomically), the shop's
 * ability to sell, the platform's fee. If Stripe refuses or fails, the reservation is released
 * and the order is marked canceled, so nothing stays half-done.
 */
export async function startCheckout(input: StartCheckoutInput): Promise<StartCheckoutResult> {
  let order: { id: string; subtotalAmount: number; applicationFeeAmount: number; currency: string; stripeAccountId: string };
  let lines: { name: string; description: string; imageUrl: string | null; unitAmount: number; quantity: number }[];
  try {
    ({ order, lines } = await db.$transaction((tx) => createPendingOrder(tx, input), { maxWait: 30_000, timeout: 30_000 }));
  } catch (error) {
    if (error instanceof CheckoutRefused) return error.result;
    if (error instanceof OutOfStockError) return { ok: false, code: "out_of_stock", product: error.productName };
    throw error;
  }

  const appUrl = getEnv().APP_URL;
  try {
    const session = await createCheckoutSession({
      orderId: order.id,
      stripeAccountId: order.stripeAccountId,
      currency: order.currency,
      lines: lines.map((line) => ({
        ...line,
        imageUrl: line.imageUrl && isPublicUrl(appUrl) ? new URL(line.imageUrl, appUrl).toString() : undefined,
      })),
      applicationFee: order.applicationFeeAmount,
      customerEmail: input.buyer?.email,
      locale: input.locale,
      successUrl: `${appUrl}/checkout/success?session_id={CHECKOUT_SESSION_ID}`,
      cancelUrl: `${appUrl}/cart?canceled=1`,
      expiresAt: Math.floor(Date.now() / 1000) + SESSION_LIFETIME_SECONDS,
    });
    await db.$transaction(async (tx) => {
      await tx.order.update({ where: { id: order.id }, data: { checkoutSessionId: session.id } });
      await recordOrderEvent(tx, order.id, { type: "checkout_started", stripeRef: session.id });
    });
    if (!session.url) throw new Error(`Checkout Session ${session.id} has no URL`);
    return { ok: true, orderId: order.id, url: session.url };
  } catch (error) {
    const failure = classifyStripeError(error);
    logger.warn("checkout session could not be created", { orderId: order.id, failure: failure.kind, error });
    await abandonOrder(order.id, failure.kind === "invalid" ? failure.message : failure.kind);
    const code: CheckoutErrorCode =
      failure.kind === "rate_limited" ? "stripe_rate_limited" : failure.kind === "unavailable" ? "stripe_unavailable" : failure.kind === "invalid" ? "stripe_refused" : "unknown";
    return { ok: false, code };
  }
}

async function createPendingOrder(tx: Parameters<Parameters<typeof db.$transaction>[0]>[0], input: StartCheckoutInput) {
  const shop = await tx.shop.findUnique({ where: { id: input.shopId }, include: { stripeAccount: true } });
  if (!shop) throw new CheckoutRefused({ ok: false, code: "empty" });
  if (!shopCanSell(shop) || !shop.stripeAccount) throw new CheckoutRefused({ ok: false, code: "unavailable" });

  const cartItems = await tx.cartItem.findMany({
    where: { cartId: input.cartId, product: { shopId: shop.id } },
    include: { product: true },
    orderBy: { addedAt: "asc" },
  });
  if (cartItems.length === 0) throw new CheckoutRefused({ ok: false, code: "empty" });
  const inactive = cartItems.find((item) => !item.product.active);
  if (inactive) throw new CheckoutRefused({ ok: false, code: "inactive", product: inactive.product.name });

  // Stripe's limits for the currency are checked before anything is written (the subtotal column is 32-bit).
  const subtotal = cartItems.reduce((sum, item) => sum + item.product.priceAmount * item.quantity, 0);
  const problem = chargeAmountProblem(subtotal, shop.currency);
  if (problem) throw new CheckoutRefused({ ok: false, code: problem.code });

  for (const item of cartItems) await reserveStock(tx, { productId: item.productId, name: item.product.name, quantity: item.quantity });
  const fee = applicationFee(subtotal, await feeSettingsForShop(shop, shop.currency, tx), shop.currency);
  const order = await tx.order.create({
    data: {
      shopId: shop.id,
      buyerId: input.buyer?.id ?? null,
      guestEmail: null,
      cartId: input.cartId,
      status: "PENDING",
      subtotalAmount: subtotal,
      applicationFeeAmount: fee,
      currency: shop.currency,
      locale: input.locale,
      items: {
        create: cartItems.map((item) => ({ productId: item.productId, name: item.product.name, unitAmount: item.product.priceAmount, quantity: item.quantity })),
      },
    },
  });
  await recordOrderEvent(tx, order.id, { type: "created", toStatus: "PENDING", detail: `subtotal=${subtotal} fee=${fee}` });
  return {
    order: { ...order, stripeAccountId: shop.stripeAccount.stripeAccountId },
    lines: cartItems.map((item) => ({
      name: item.product.name,
      description: item.product.description,
      imageUrl: item.product.imageUrl,
      unitAmount: item.product.priceAmount,
      quantity: item.quantity,
    })),
  };
}

/** Stripe said no: the order will never be paid, its stock goes back. */
async function abandonOrder(orderId: string, reason: string) {
  await db.$transaction(async (tx) => {
    const moved = await tx.order.updateMany({ where: { id: orderId, status: "PENDING" }, data: { status: "CANCELED", failureReason: reason.slice(0, 500) } });
    if (moved.count === 0) return;
    await recordOrderEvent(tx, orderId, { type: "checkout_failed", fromStatus: "PENDING", toStatus: "CANCELED", detail: reason.slice(0, 500) });
    if (await releaseOrderStock(tx, orderId)) await recordOrderEvent(tx, orderId, { type: "stock_released" });
  });
}
