import Stripe from "stripe";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/logger";
import { recordOrderEvent } from "@/lib/orders/timeline";
import { getStripe } from "@/lib/stripe";
import { isDeliveryAddress, type DeliveryAddress } from "@/lib/shipping/from-session";
import { classifyStripeError } from "@/lib/stripe/errors";
import { fulfilPaymentIntent } from "./payment-intent-outcome";

/** What the browser is told after a confirmation: the PaymentIntent's status, never more than it needs. */
export type ConfirmAnswer =
  | { status: "succeeded" | "processing" }
  | { status: "requires_action"; clientSecret: string }
  | { status: "requires_payment_method"; message: string }
  | { status: "closed" }
  /** Physical goods paid with the Payment Element: the delivery address comes first (lib/shipping/delivery-address.ts). */
  | { status: "address_required" }
  | { status: "not_found" }
  | { status: "error"; retryable: boolean };

export type ConfirmInput = {
  orderId: string;
  /** The buyer's cart and account, to check the order is theirs (never trust an order id alone). */
  cartId: string | null;
  buyerId: string | null;
  /** A new ConfirmationToken (a new try), or none: re-read (and confirm again) after a next action. */
  confirmationTokenId?: string;
};

/** The order's one PaymentIntent is created under this key: two tries can never create two. */
const createKey = (orderId: string) => `order-${orderId}-payment-intent`;

/** Our payment page (embedded Checkout or the Payment Element), also the return_url of redirect-based methods. */
export function payPageUrl(orderId: string): string {
  return `${getEnv().APP_URL}/checkout/pay/${encodeURIComponent(orderId)}`;
}

/**
 * Seed 003/001's server-side confirmation. The order is re-read from the database (the amount,
 * currency and fee are the order's, never the browser's); its PaymentIntent is created and
 * confirmed with the ConfirmationToken on the first try, and confirmed again with the next token
 * on later tries (after a decline): one order, one PaymentIntent, at most one charge. The answer
 * goes through fulfilPaymentIntent before it is returned, so a paid order is paid in the database
 * whether or not the webhook ever arrives. Stripe is never called inside a transaction.
 */
export async function confirmOrderPayment(input: ConfirmInput): Promise<ConfirmAnswer> {
  const order = await db.order.findUnique({
    where: { id: input.orderId },
    select: {
      id: true,
      status: true,
      cartId: true,
      buyerId: true,
      subtotalAmount: true,
      shippingAmount: true,
      requiresShipping: true,
      shippingName: true,
      shippingAddress: true,
      applicationFeeAmount: true,
      currency: true,
      paymentExperience: true,
      paymentIntentId: true,
      reservedUntil: true,
      shop: { select: { stripeAccount: { select: { stripeAccountId: true } } } },
    },
  });
  const own = order && ((order.cartId !== null && order.cartId === input.cartId) || (order.buyerId !== null && order.buyerId === input.buyerId));
  const accountId = order?.shop.stripeAccount?.stripeAccountId;
  if (!order || !own || order.paymentExperience !== "payment_element" || !accountId) return { status: "not_found" };
  if (order.status === "PAID") return { status: "succeeded" };
  if (order.status === "PROCESSING") return { status: "processing" };
  if (order.status !== "PENDING") return { status: "closed" };

  const stripe = getStripe();
  let intent: Stripe.PaymentIntent;
  try {
    if (!input.confirmationTokenId) {
      // Back from a next action (or a reload): read the PaymentIntent again; confirm it if Stripe asks us to.
      if (!order.paymentIntentId) return { status: "requires_payment_method", message: "" };
      intent = await stripe.paymentIntents.retrieve(order.paymentIntentId, { expand: ["latest_charge"] }, { stripeAccount: accountId });
      if (intent.status === "requires_confirmation") {
        // Nothing new is charged by this call (the payment method is already on the intent); the SDK keys its retries.
        intent = await stripe.paymentIntents.confirm(intent.id, { return_url: payPageUrl(order.id), expand: ["latest_charge"] }, { stripeAccount: accountId });
      }
    } else if (order.paymentIntentId) {
      intent = await confirmAgain(order.paymentIntentId, order.id, input.confirmationTokenId, accountId);
    } else if (order.reservedUntil && order.reservedUntil.getTime() <= Date.now()) {
      return { status: "closed" };
    } else if (order.requiresShipping && !isDeliveryAddress(order.shippingAddress)) {
      return { status: "address_required" };
    } else {
      intent = await createAndConfirm(order, input.confirmationTokenId, accountId);
    }
  } catch (error) {
    const declined = declinedIntent(error);
    if (!declined) {
      const failure = classifyStripeError(error);
      logger.warn("payment confirmation failed", { orderId: order.id, failure: failure.kind, error });
      // A refused token (used, expired) needs a new one from the browser; the rest may be retried as is.
      if (failure.kind === "invalid") return { status: "requires_payment_method", message: failure.message };
      return { status: "error", retryable: true };
    }
    intent = declined;
  }

  await rememberIntent(order.id, intent.id);
  const result = await fulfilPaymentIntent(intent, accountId, { confirm: true });
  if (result?.status === "PAID") return { status: "succeeded" };
  if (result?.status === "PROCESSING") return { status: "processing" };
  if (intent.status === "requires_action" && intent.client_secret) return { status: "requires_action", clientSecret: intent.client_secret };
  if (intent.status === "requires_payment_method") return { status: "requires_payment_method", message: intent.last_payment_error?.message ?? "" };
  if (intent.status === "canceled") return { status: "closed" };
  return { status: "error", retryable: true };
}

function createAndConfirm(
  order: { id: string; subtotalAmount: number; shippingAmount: number; shippingName: string | null; shippingAddress: unknown; currency: string; applicationFeeAmount: number },
  confirmationToken: string,
  stripeAccount: string,
): Promise<Stripe.PaymentIntent> {
  const address = isDeliveryAddress(order.shippingAddress) ? order.shippingAddress : null;
  return getStripe()
    .paymentIntents.create(
      {
        // Goods + the shipping decided when the attempt started (never the browser's figure).
        amount: order.subtotalAmount + order.shippingAmount,
        ...(address ? { shipping: { name: order.shippingName ?? "", address: stripeAddress(address) } } : {}),
        currency: order.currency,
        application_fee_amount: order.applicationFeeAmount,
        automatic_payment_methods: { enabled: true },
        confirm: true,
        confirmation_token: confirmationToken,
        return_url: payPageUrl(order.id),
        metadata: { order_id: order.id },
        expand: ["latest_charge"],
      },
      { stripeAccount, idempotencyKey: createKey(order.id) },
    )
    .catch(async (error: unknown) => {
      // The key was used by an earlier try whose answer we lost: the PaymentIntent exists; confirm that one.
      if (!(error instanceof Stripe.errors.StripeIdempotencyError)) throw error;
      const existing = await findIntentOfOrder(order.id, stripeAccount);
      if (!existing) throw error;
      await rememberIntent(order.id, existing);
      return confirmAgain(existing, order.id, confirmationToken, stripeAccount);
    });
}

async function confirmAgain(paymentIntentId: string, orderId: string, confirmationToken: string, stripeAccount: string): Promise<Stripe.PaymentIntent> {
  const stripe = getStripe();
  const current = await stripe.paymentIntents.retrieve(paymentIntentId, { expand: ["latest_charge"] }, { stripeAccount });
  // Already paid or under way: a second confirmation could only fail (or, worse, charge again).
  if (current.status !== "requires_payment_method" && current.status !== "requires_confirmation" && current.status !== "requires_action") return current;
  return stripe.paymentIntents.confirm(
    paymentIntentId,
    { confirmation_token: confirmationToken, return_url: payPageUrl(orderId), expand: ["latest_charge"] },
    // One key per try: a retried request for the same token is answered once.
    { stripeAccount, idempotencyKey: `order-${orderId}-confirm-${confirmationToken}` },
  );
}

/** The order's PaymentIntent when its id never reached the database: among the account's recent ones. */
export async function findIntentOfOrder(orderId: string, stripeAccount: string): Promise<string | null> {
  const order = await db.order.findUnique({ where: { id: orderId }, select: { createdAt: true } });
  if (!order) return null;
  const created = { gte: Math.floor(order.createdAt.getTime() / 1000) - 60 };
  for await (const intent of getStripe().paymentIntents.list({ created, limit: 100 }, { stripeAccount })) {
    if (intent.metadata?.order_id === orderId) return intent.id;
  }
  return null;
}

/**
 * Makes the order's PaymentIntent unpayable when its attempt closes. Returns "paid" when the
 * buyer paid (or a delayed payment started) first: the order then follows the payment.
 */
export async function cancelOrderPaymentIntent(order: { id: string; paymentIntentId: string | null }, stripeAccount: string): Promise<"canceled" | "paid"> {
  const intentId = order.paymentIntentId ?? (await findIntentOfOrder(order.id, stripeAccount));
  if (!intentId) return "canceled";
  const stripe = getStripe();
  try {
    await stripe.paymentIntents.cancel(intentId, {}, { stripeAccount });
    return "canceled";
  } catch (error) {
    if (!(error instanceof Stripe.errors.StripeInvalidRequestError)) throw error;
    const intent = await stripe.paymentIntents.retrieve(intentId, { expand: ["latest_charge"] }, { stripeAccount });
    if (intent.status === "canceled") return "canceled";
    if (intent.status !== "succeeded" && intent.status !== "processing") throw error;
    await fulfilPaymentIntent(intent, stripeAccount, { reconcile: true });
    return "paid";
  }
}

/** A decline comes back as a card error that carries the PaymentIntent (now requires_payment_method). */
function declinedIntent(error: unknown): Stripe.PaymentIntent | null {
  if (!(error instanceof Stripe.errors.StripeCardError)) return null;
  const intent = (error.raw as { payment_intent?: Stripe.PaymentIntent } | undefined)?.payment_intent ?? error.payment_intent;
  return intent && typeof intent === "object" && intent.id ? intent : null;
}

/** The order keeps its PaymentIntent's id from the first answer on (kept once: never replaced by another). */
async function rememberIntent(orderId: string, paymentIntentId: string) {
  await db.$transaction(async (tx) => {
    const saved = await tx.order.updateMany({ where: { id: orderId, paymentIntentId: null }, data: { paymentIntentId } });
    if (saved.count === 1) await recordOrderEvent(tx, orderId, { type: "checkout_started", stripeRef: paymentIntentId });
  });
}

/** Our stored address as Stripe's AddressParam (empty parts left out). */
function stripeAddress(a: DeliveryAddress): Stripe.AddressParam {
  const entries = Object.entries({ line1: a.line1, line2: a.line2, postal_code: a.postal_code, city: a.city, state: a.state, country: a.country });
  return Object.fromEntries(entries.filter(([, value]) => value)) as Stripe.AddressParam;
}
