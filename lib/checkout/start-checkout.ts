import Stripe from "stripe";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { Locale } from "@/lib/i18n/config";
import { logger } from "@/lib/logger";
import { OutOfStockError } from "@/lib/orders/stock";
import { recordOrderEvent } from "@/lib/orders/timeline";
import { createCheckoutSession } from "@/lib/stripe/create-checkout-session";
import { classifyStripeError } from "@/lib/stripe/errors";
import type { CheckoutErrorCode } from "@/components/checkout/checkout-error";
import { CheckoutRefused, planAttempt, sessionInputFor, sessionRetriever, type OpenAttempt } from "./attempts";
import { payPageUrl } from "./payment-intent";
import { cancelPendingOrder, closeCheckoutAttempt, expireCheckoutSession } from "./close-attempt";

export type StartCheckoutInput = {
  cartId: string;
  shopId: string;
  buyer: { id: string; email: string } | null;
  locale: Locale;
};

export type StartCheckoutResult = { ok: true; orderId: string; url: string } | { ok: false; code: CheckoutErrorCode; product?: string };

/** A cart that keeps changing while we close its previous attempt is given up on after this many rounds. */
const MAX_ROUNDS = 3;
/** How long a second request for the same attempt waits for the first one's session. */
const CONCURRENT_WAIT_MS = 10_000;

/**
 * One shop's part of the cart becomes a checkout attempt: an order holding the stock until a
 * deadline, and a Stripe Checkout Session. There is at most one open attempt per cart and shop:
 * an unchanged cart gets its open session back; a changed cart first closes the old attempt
 * (session expired on Stripe, then its stock released), then opens a new one. Stripe is never
 * called inside a database transaction, and a payable session is never left behind an order
 * that is not pending (expired at once, or left to the sweep with the order's deadline).
 */
export async function startCheckout(input: StartCheckoutInput): Promise<StartCheckoutResult> {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let plan: Awaited<ReturnType<typeof planAttempt>>;
    try {
      plan = await db.$transaction((tx) => planAttempt(tx, input), { maxWait: 30_000, timeout: 30_000 });
    } catch (error) {
      if (error instanceof CheckoutRefused) return error.result;
      if (error instanceof OutOfStockError) return { ok: false, code: "out_of_stock", product: error.productName };
      throw error;
    }

    if (plan.kind === "replace") {
      try {
        const outcome = await closeCheckoutAttempt(plan.orderId, "cart_changed");
        if (outcome === "paid") return { ok: false, code: "attempt_paid" };
      } catch (error) {
        logger.warn("previous checkout attempt could not be closed", { orderId: plan.orderId, error });
        return { ok: false, code: stripeCode(error) };
      }
      continue;
    }

    const opened = await openSession(plan.attempt);
    if (opened !== "retry") return opened;
  }
  return { ok: false, code: "unknown" };
}

/** The attempt's session: the one it has if still open, else created now (same key and parameters on a retry). */
async function openSession(attempt: OpenAttempt): Promise<StartCheckoutResult | "retry"> {
  // The Payment Element's PaymentIntent is created when the buyer pays, on our payment page.
  if (attempt.experience === "payment_element") return { ok: true, orderId: attempt.id, url: payPageUrl(attempt.id) };
  if (attempt.checkoutSessionId) {
    const session = await attempt.retrieveSession().catch(() => null);
    const url = session && destination(attempt, session);
    if (session?.status === "open" && url) return { ok: true, orderId: attempt.id, url };
    // Expired or paid in the meantime (or Stripe unreachable): close it properly, then start again.
    try {
      if ((await closeCheckoutAttempt(attempt.id, "deadline")) === "paid") return { ok: false, code: "attempt_paid" };
    } catch (error) {
      return { ok: false, code: stripeCode(error) };
    }
    return "retry";
  }

  const appUrl = getEnv().APP_URL;
  let session;
  try {
    session = await createCheckoutSession(await sessionInputFor(attempt.id, appUrl));
  } catch (error) {
    // The same attempt's session is being created by a concurrent request (a double click): its answer is ours.
    if (error instanceof Stripe.errors.StripeError && error.code === "idempotency_key_in_use") return awaitConcurrentSession(attempt);
    const failure = classifyStripeError(error);
    logger.warn("checkout session could not be created", { orderId: attempt.id, failure: failure.kind, error });
    // A refused request created nothing. Any other failure may hide a session Stripe did create:
    // closing looks for it and expires it; if Stripe cannot be reached, the sweep does it later.
    await (failure.kind === "invalid" ? cancelPendingOrder(attempt.id, "checkout_failed") : closeCheckoutAttempt(attempt.id, "checkout_failed")).catch(
      (closeError: unknown) => logger.warn("failed checkout left to the sweep", { orderId: attempt.id, error: closeError }),
    );
    return { ok: false, code: failure.kind === "invalid" ? "stripe_refused" : stripeCode(error) };
  }

  try {
    const saved = await db.$transaction(async (tx) => {
      const moved = await tx.order.updateMany({ where: { id: attempt.id, status: "PENDING" }, data: { checkoutSessionId: session.id } });
      if (moved.count === 1) await recordOrderEvent(tx, attempt.id, { type: "checkout_started", stripeRef: session.id });
      return moved.count === 1;
    });
    const url = destination(attempt, session);
    if (saved && url) return { ok: true, orderId: attempt.id, url };
    // The attempt was closed while Stripe answered (replaced, canceled, swept): its session must not stay payable.
    await expireCheckoutSession(session.id, attempt.stripeAccountId);
    return "retry";
  } catch (error) {
    // The database failed after Stripe succeeded: the session is expired so that nobody can pay
    // it; the order stays pending with its deadline if it cannot be closed now (the sweep will).
    logger.error("checkout session created but not saved", { orderId: attempt.id, sessionId: session.id, error });
    await expireCheckoutSession(session.id, attempt.stripeAccountId)
      .then((state) => (state === "expired" ? cancelPendingOrder(attempt.id, "checkout_failed") : null))
      .catch((cleanupError: unknown) => logger.warn("failed checkout left to the sweep", { orderId: attempt.id, error: cleanupError }));
    return { ok: false, code: "unknown" };
  }
}

/** Waits for the concurrent request to save the attempt's session, then sends this buyer there too. */
async function awaitConcurrentSession(attempt: OpenAttempt): Promise<StartCheckoutResult | "retry"> {
  for (let waited = 0; waited < CONCURRENT_WAIT_MS; waited += 200) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const order = await db.order.findUnique({ where: { id: attempt.id }, select: { status: true, checkoutSessionId: true } });
    if (order?.status !== "PENDING") return "retry";
    if (order.checkoutSessionId) return openSession({ ...attempt, checkoutSessionId: order.checkoutSessionId, retrieveSession: sessionRetriever(order.checkoutSessionId, attempt.stripeAccountId) });
  }
  return { ok: false, code: "stripe_unavailable" };
}

/** Where the buyer goes: Stripe's hosted page, or our page for an embedded session (which has no url). */
function destination(attempt: OpenAttempt, session: Stripe.Checkout.Session): string | null {
  return attempt.experience === "embedded" ? payPageUrl(attempt.id) : session.url;
}

function stripeCode(error: unknown): CheckoutErrorCode {
  const failure = classifyStripeError(error);
  if (failure.kind === "rate_limited") return "stripe_rate_limited";
  if (failure.kind === "unavailable") return "stripe_unavailable";
  return "unknown";
}
