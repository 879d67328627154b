import type Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { POST as connectRoute } from "@/app/api/stripe/connect/webhook/route";
import { POST as confirmRoute } from "@/app/api/checkout/pay/route";
import { reconcile } from "@/lib/admin/reconcile";
import { setPlatformPaymentExperience, setShopPaymentExperience } from "@/lib/checkout/experience";
import { confirmOrderPayment } from "@/lib/checkout/payment-intent";
import { startCheckout } from "@/lib/checkout/start-checkout";
import { sweepOverdueCheckouts } from "@/lib/checkout/sweep";
import { db } from "@/lib/db";
import { cartWith, createProduct, sellingShop, stripeEvent } from "../support/marketplace";
import { delivering, drainJobs } from "../support/jobs";
import { startEmulatorForFile } from "../support/stripe-emulator";

const stripe = startEmulatorForFile();
/** Stripe's delivery, then a worker applying what the route queued. */
const connectWebhook = delivering(connectRoute);
const stockOf = async (id: string) => (await db.product.findUniqueOrThrow({ where: { id } })).stock;

/** A Payment Element attempt: order written, stock reserved, no PaymentIntent yet. */
async function paymentElementOrder(options: { stock?: number } = {}) {
  const { shop, accountId } = await sellingShop(stripe);
  await setShopPaymentExperience(shop.id, "payment_element");
  const product = await createProduct(shop.id, { priceAmount: 2500, stock: options.stock ?? 5 });
  const cart = await cartWith([{ productId: product.id, quantity: 2 }]);
  const started = await startCheckout({ cartId: cart.id, shopId: shop.id, buyer: null, locale: "fr" });
  if (!started.ok) throw new Error(started.code);
  const order = await db.order.findUniqueOrThrow({ where: { id: started.orderId } });
  const token = async (payment: Record<string, unknown>) => (await stripe.stripe.testHelpers.confirmationTokens.create(payment, { stripeAccount: accountId })).id;
  const card = (pm: string) => token({ payment_method: pm });
  const sepa = (iban: string) =>
    token({ payment_method_data: { type: "sepa_debit", sepa_debit: { iban }, billing_details: { name: "Jeanne Martin", email: "j@example.fr" } } });
  const pay = async (confirmationTokenId?: string) => confirmOrderPayment({ orderId: order.id, cartId: cart.id, buyerId: null, confirmationTokenId });
  const charges = async () => {
    const { paymentIntentId } = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    return (await stripe.stripe.charges.list({ payment_intent: paymentIntentId! }, { stripeAccount: accountId })).data;
  };
  /** What our server sends to Stripe on the first try, reaching Stripe with its answer never saved (the process died). */
  const lostConfirmation = (confirmationToken: string) =>
    stripe.stripe.paymentIntents.create(
      {
        amount: order.subtotalAmount,
        currency: order.currency,
        application_fee_amount: order.applicationFeeAmount,
        automatic_payment_methods: { enabled: true },
        confirm: true,
        confirmation_token: confirmationToken,
        return_url: `http://localhost:3999/checkout/pay/${order.id}`,
        metadata: { order_id: order.id },
        expand: ["latest_charge"],
      },
      { stripeAccount: accountId, idempotencyKey: `order-${order.id}-payment-intent` },
    );
  const intents = async () => (await stripe.stripe.paymentIntents.list({ limit: 100 }, { stripeAccount: accountId })).data;
  const deliver = async (type: string, intent: Stripe.PaymentIntent, id?: string) =>
    connectWebhook(stripe.signedRequest("http://localhost:3999/api/stripe/connect/webhook", stripeEvent(type, intent, accountId, id)));
  /** Only Stripe's delivery (queued, not applied yet). */
  const post = async (type: string, intent: Stripe.PaymentIntent, id?: string) =>
    connectRoute(stripe.signedRequest("http://localhost:3999/api/stripe/connect/webhook", stripeEvent(type, intent, accountId, id)));
  return { shop, accountId, product, cart, order, started, card, sepa, pay, charges, intents, deliver, post, lostConfirmation };
}

const reread = (id: string) => db.order.findUniqueOrThrow({ where: { id } });

describe("Payment Element, confirmed on the server", () => {
  it("follows the platform setting, and a shop's override, when an attempt starts", async () => {
    const { shop, accountId } = await sellingShop(stripe);
    const product = await createProduct(shop.id, { priceAmount: 1000 });
    await setPlatformPaymentExperience("payment_element");
    try {
      const cart = await cartWith([{ productId: product.id, quantity: 1 }]);
      const started = await startCheckout({ cartId: cart.id, shopId: shop.id, buyer: null, locale: "en" });
      expect(started).toMatchObject({ ok: true, url: expect.stringMatching(/\/checkout\/pay\/c/) });
      const order = await reread((started as { orderId: string }).orderId);
      expect(order).toMatchObject({ paymentExperience: "payment_element", checkoutSessionId: null, status: "PENDING" });
      // No session and no PaymentIntent yet: nothing on Stripe until the buyer pays.
      expect((await stripe.stripe.checkout.sessions.list({}, { stripeAccount: accountId })).data).toHaveLength(0);

      await setShopPaymentExperience(shop.id, "embedded");
      const other = await cartWith([{ productId: product.id, quantity: 1 }]);
      const embedded = await startCheckout({ cartId: other.id, shopId: shop.id, buyer: null, locale: "en" });
      const session = (await stripe.stripe.checkout.sessions.list({}, { stripeAccount: accountId })).data[0];
      expect(session).toMatchObject({ ui_mode: "embedded_page", url: null, client_secret: expect.any(String) });
      expect(embedded).toMatchObject({ ok: true, url: expect.stringMatching(/\/checkout\/pay\//) });
    } finally {
      await setPlatformPaymentExperience("hosted");
    }
  });

  it("4242 pays: one PaymentIntent on the seller's account with the order's amount and fee, paid without any webhook", async () => {
    const { order, card, pay, charges, intents, product, cart, accountId } = await paymentElementOrder();
    expect(await pay(await card("pm_card_visa"))).toEqual({ status: "succeeded" });
    const paid = await reread(order.id);
    expect(paid).toMatchObject({ status: "PAID", paymentIntentId: expect.stringMatching(/^pi_/) });
    const intent = (await intents())[0]!;
    expect(intent).toMatchObject({ id: paid.paymentIntentId, amount: 5000, currency: "eur", application_fee_amount: order.applicationFeeAmount, metadata: { order_id: order.id } });
    expect(await charges()).toHaveLength(1);
    expect(await stockOf(product.id)).toBe(3);
    expect(await db.cartItem.count({ where: { cartId: cart.id } })).toBe(0);
    expect(await db.emailMessage.count({ where: { orderId: order.id } })).toBe(1); // the seller's (a guest paying by card left no address)
    // The webhook arriving later changes nothing, and a new confirmation is refused as already paid.
    expect((await deliver(accountId, intent)).status).toBe(200);
    expect(await db.emailMessage.count({ where: { orderId: order.id } })).toBe(1); // the seller's (a guest paying by card left no address)
    expect(await pay(await card("pm_card_visa"))).toEqual({ status: "succeeded" });
    expect(await intents()).toHaveLength(1);

    async function deliver(account: string, pi: Stripe.PaymentIntent) {
      return connectWebhook(stripe.signedRequest("http://localhost:3999/api/stripe/connect/webhook", stripeEvent("payment_intent.succeeded", pi, account)));
    }
  });

  it("a decline shows Stripe's message; another card on the same order and PaymentIntent pays with exactly one charge", async () => {
    const { order, card, pay, charges, intents } = await paymentElementOrder();
    const declined = await pay(await card("pm_card_visa_chargeDeclinedInsufficientFunds"));
    expect(declined).toMatchObject({ status: "requires_payment_method", message: expect.stringMatching(/insufficient funds/i) });
    const pending = await reread(order.id);
    expect(pending).toMatchObject({ status: "PENDING", paymentIntentId: expect.stringMatching(/^pi_/) });

    expect(await pay(await card("pm_card_visa"))).toEqual({ status: "succeeded" });
    expect(await reread(order.id)).toMatchObject({ status: "PAID", paymentIntentId: pending.paymentIntentId });
    expect(await intents()).toHaveLength(1);
    const succeeded = (await charges()).filter((charge) => charge.status === "succeeded");
    expect(succeeded).toHaveLength(1);
    expect(succeeded[0]!.amount).toBe(5000);
  });

  it("3-D Secure: requires_action with a client secret; the order stays payable until authentication", async () => {
    const { order, card, pay } = await paymentElementOrder();
    const answer = await pay(await card("pm_card_threeDSecure2Required"));
    expect(answer).toMatchObject({ status: "requires_action", clientSecret: expect.stringMatching(/^pi_.*_secret_/) });
    expect(await reread(order.id)).toMatchObject({ status: "PENDING" });
    // Re-reading without a token (what the page does after handleNextAction) answers the same while unauthenticated.
    expect(await pay()).toMatchObject({ status: "requires_action" });
  });

  it("SEPA: processing, then paid once it settles (through the webhook or a re-read)", async () => {
    const { order, sepa, pay, accountId, deliver } = await paymentElementOrder();
    expect(await pay(await sepa("DE89370400440532013000"))).toEqual({ status: "processing" });
    expect(await reread(order.id)).toMatchObject({ status: "PROCESSING" });
    await stripe.control("POST", "/_emulator/clock/advance", { seconds: 60 });
    const { paymentIntentId } = await reread(order.id);
    const settled = await stripe.stripe.paymentIntents.retrieve(paymentIntentId!, {}, { stripeAccount: accountId });
    expect(settled.status).toBe("succeeded");
    expect((await deliver("payment_intent.succeeded", settled)).status).toBe(200);
    expect(await reread(order.id)).toMatchObject({ status: "PAID" });
  });

  it("SEPA that fails after processing fails the order and gives the stock back, once", async () => {
    const { order, sepa, pay, accountId, deliver, product } = await paymentElementOrder();
    expect(await pay(await sepa("AT861904300235473202"))).toEqual({ status: "processing" });
    await stripe.control("POST", "/_emulator/clock/advance", { seconds: 60 });
    const failed = await stripe.stripe.paymentIntents.retrieve((await reread(order.id)).paymentIntentId!, {}, { stripeAccount: accountId });
    expect(failed.status).toBe("requires_payment_method");
    await deliver("payment_intent.payment_failed", failed);
    await deliver("payment_intent.payment_failed", failed);
    expect(await reread(order.id)).toMatchObject({ status: "FAILED" });
    expect(await stockOf(product.id)).toBe(5);
  });

  it("the webhook dropped: still paid through the server's confirmation", async () => {
    const { order, card, pay } = await paymentElementOrder();
    await stripe.control("POST", "/_emulator/faults", { webhooks: { drop: true, count: 20 } });
    expect(await pay(await card("pm_card_visa"))).toEqual({ status: "succeeded" });
    expect(await reread(order.id)).toMatchObject({ status: "PAID" });
  });

  it("the server's answer lost after Stripe confirmed: the webhook makes it paid, and the buyer's retry charges nothing more", async () => {
    const { order, card, pay, intents, charges, deliver, lostConfirmation } = await paymentElementOrder();
    // What our server sent, reaching Stripe, with the answer never saved (the process died).
    const lost = await lostConfirmation(await card("pm_card_visa"));
    expect((await reread(order.id)).paymentIntentId).toBeNull();
    expect((await deliver("payment_intent.succeeded", lost)).status).toBe(200);
    expect(await reread(order.id)).toMatchObject({ status: "PAID", paymentIntentId: lost.id });
    expect(await pay(await card("pm_card_visa"))).toEqual({ status: "succeeded" });
    expect(await intents()).toHaveLength(1);
    expect(await charges()).toHaveLength(1);
  });

  it("the answer lost and the buyer retries before any webhook: the same PaymentIntent is found, never a second one", async () => {
    const { order, card, pay, intents, lostConfirmation } = await paymentElementOrder();
    await lostConfirmation(await card("pm_card_visa_chargeDeclined")).catch(() => null);
    expect(await pay(await card("pm_card_visa"))).toEqual({ status: "succeeded" });
    expect(await intents()).toHaveLength(1);
    expect(await reread(order.id)).toMatchObject({ status: "PAID" });
  });

  it("reconciliation walks recent PaymentIntents: a payment whose answer and webhook were both lost ends paid", async () => {
    const { order, card, lostConfirmation } = await paymentElementOrder();
    await lostConfirmation(await card("pm_card_visa"));
    const result = await reconcile({ since: new Date(Date.now() - 3_600_000), fees: false });
    expect(result.changes).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "payment", orderId: order.id, to: "PAID" })]));
    expect(await reread(order.id)).toMatchObject({ status: "PAID" });
  });

  it("duplicated, reordered and concurrent payment_intent.* events apply once", async () => {
    const { order, sepa, pay, accountId, deliver, post } = await paymentElementOrder();
    await stripe.control("POST", "/_emulator/faults", { webhooks: { drop: true, count: 20 } });
    await pay(await sepa("DE89370400440532013000"));
    const id = (await reread(order.id)).paymentIntentId!;
    const processing = await stripe.stripe.paymentIntents.retrieve(id, {}, { stripeAccount: accountId });
    await stripe.control("POST", "/_emulator/clock/advance", { seconds: 60 });
    const succeeded = await stripe.stripe.paymentIntents.retrieve(id, {}, { stripeAccount: accountId });
    // Succeeded first, then the older processing event, then copies of both, several at once.
    await Promise.all([
      post("payment_intent.succeeded", succeeded, "evt_pe_succ"),
      post("payment_intent.succeeded", succeeded, "evt_pe_succ"),
      post("payment_intent.succeeded", succeeded, "evt_pe_succ_2"),
      post("payment_intent.processing", processing, "evt_pe_proc"),
    ]);
    // The worker applies the queued events concurrently while the page re-reads the PaymentIntent.
    await Promise.all([drainJobs(), drainJobs(), pay()]);
    await deliver("payment_intent.processing", processing, "evt_pe_proc_2");
    const final = await reread(order.id);
    expect(final.status).toBe("PAID");
    const moves = await db.orderEvent.findMany({ where: { orderId: order.id, type: "status_changed", toStatus: "PAID" } });
    expect(moves).toHaveLength(1);
    // The buyer (address from the SEPA mandate) and the seller, once each.
    expect(final.guestEmail).toBe("j@example.fr");
    expect(await db.emailMessage.count({ where: { orderId: order.id } })).toBe(2);
  });

  it("refuses an order that is not the buyer's, and a request carrying an amount", async () => {
    const { order, card } = await paymentElementOrder();
    const stranger = await cartWith([]);
    expect(await confirmOrderPayment({ orderId: order.id, cartId: stranger.id, buyerId: null, confirmationTokenId: await card("pm_card_visa") })).toEqual({ status: "not_found" });
    expect(await confirmOrderPayment({ orderId: "not-an-order", cartId: stranger.id, buyerId: null })).toEqual({ status: "not_found" });
    const tampered = await confirmRoute(
      new Request("http://localhost:3999/api/checkout/pay", {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://localhost:3999" },
        body: JSON.stringify({ orderId: order.id, confirmationTokenId: "ctoken_abcdef", amount: 1 }),
      }),
    );
    expect(tampered.status).toBe(400);
    expect(await reread(order.id)).toMatchObject({ status: "PENDING", paymentIntentId: null });
  });

  it("an attempt given up (deadline) cancels its PaymentIntent and gives the stock back", async () => {
    const { order, card, pay, product, accountId } = await paymentElementOrder();
    await pay(await card("pm_card_visa_chargeDeclined"));
    expect(await stockOf(product.id)).toBe(3);
    const result = await sweepOverdueCheckouts({ now: new Date(order.reservedUntil!.getTime() + 1000) });
    expect(result.closed).toContain(order.id);
    expect(await reread(order.id)).toMatchObject({ status: "CANCELED" });
    expect(await stockOf(product.id)).toBe(5);
    const intent = await stripe.stripe.paymentIntents.retrieve((await reread(order.id)).paymentIntentId!, {}, { stripeAccount: accountId });
    expect(intent.status).toBe("canceled");
    expect(await pay(await card("pm_card_visa"))).toEqual({ status: "closed" });
  });

  it("is not closed as 'lost' by the sweep while the buyer is still on the payment page", async () => {
    const { order } = await paymentElementOrder();
    const result = await sweepOverdueCheckouts({ now: new Date(Date.now() + 5 * 60_000) });
    expect(result.closed).not.toContain(order.id);
    expect(await reread(order.id)).toMatchObject({ status: "PENDING" });
  });
});
