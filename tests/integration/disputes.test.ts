import type Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { POST as connectRoute } from "@/app/api/stripe/connect/webhook/route";
import { delivering, drainJobsThroughRetries } from "../support/jobs";
import { startCheckout } from "@/lib/checkout/start-checkout";
import { db } from "@/lib/db";
import { disputeFigures } from "@/lib/disputes/queries";
import { sellerTotals } from "@/lib/disputes/figures";
import { getOverview } from "@/lib/admin/overview";
import { resolvePeriod } from "@/lib/admin/period";
import { getSellerOrder, sellerNet } from "@/lib/seller/orders";
import { cartWith, createProduct, retrieveSession, sellingShop, stripeEvent } from "../support/marketplace";
import { startEmulatorForFile } from "../support/stripe-emulator";

// The route records and queues; a worker (here, drained after each call) applies.
const connectWebhook = delivering(connectRoute);
const stripe = startEmulatorForFile();
const WEBHOOK = "http://localhost:3999/api/stripe/connect/webhook";

async function paidOrder() {
  const { shop, accountId } = await sellingShop(stripe);
  const product = await createProduct(shop.id, { priceAmount: 4200 });
  const cart = await cartWith([{ productId: product.id, quantity: 1 }]);
  const result = await startCheckout({ cartId: cart.id, shopId: shop.id, buyer: null, locale: "fr" });
  if (!result.ok) throw new Error(result.code);
  const order = await db.order.findUniqueOrThrow({ where: { id: result.orderId } });
  await stripe.control("POST", `/_emulator/checkout/sessions/${order.checkoutSessionId}/pay`, { outcome: "paid" });
  const session = await retrieveSession(stripe, order.checkoutSessionId!, accountId);
  await connectWebhook(stripe.signedRequest(WEBHOOK, stripeEvent("checkout.session.completed", session, accountId)));
  const paid = await db.order.findUniqueOrThrow({ where: { id: order.id } });
  expect(paid.status).toBe("PAID");
  const intent = await stripe.stripe.paymentIntents.retrieve(paid.paymentIntentId!, {}, { stripeAccount: accountId });
  return { order: paid, accountId, chargeId: intent.latest_charge as string };
}

/** The emulator's own charge.dispute.* events for the account, oldest first. */
async function disputeEvents(accountId: string): Promise<Stripe.Event[]> {
  const list = await stripe.stripe.events.list({ type: "charge.dispute.*", limit: 100 }, { stripeAccount: accountId });
  return [...list.data].reverse();
}

const deliver = (event: Stripe.Event) => connectWebhook(stripe.signedRequest(WEBHOOK, event));

describe("disputes through the Connect webhook", () => {
  it("opened, updated and won: reordered and duplicated events end in the won state once", async () => {
    const { order, accountId, chargeId } = await paidOrder();
    const opened = await stripe.control<Stripe.Dispute>("POST", `/_emulator/charges/${chargeId}/dispute`, { reason: "product_not_received" });
    await stripe.control("POST", `/_emulator/disputes/${opened.id}`, { submit: true, evidence: { shipping_tracking_number: "6A1" } });
    await stripe.control("POST", `/_emulator/disputes/${opened.id}/close`, { outcome: "won" });
    const [created, updated, closed] = await disputeEvents(accountId);
    expect([created!.type, updated!.type, closed!.type]).toEqual(["charge.dispute.created", "charge.dispute.updated", "charge.dispute.closed"]);

    for (const event of [closed!, created!, updated!, closed!, created!]) expect((await deliver(event)).status).toBe(200);
    const dispute = await db.dispute.findUniqueOrThrow({ where: { id: opened.id } });
    expect(dispute).toMatchObject({ orderId: order.id, status: "won", reason: "product_not_received", amount: 4200, currency: "eur" });
    expect(dispute.evidenceDueBy?.getTime()).toBe(opened.evidence_details.due_by! * 1000);
    expect(await db.dispute.count({ where: { orderId: order.id } })).toBe(1);
    // One timeline line: the first event to arrive (closed) wrote the final state; the older ones changed nothing.
    expect(await db.orderEvent.count({ where: { orderId: order.id, type: "dispute" } })).toBe(1);
    expect(await db.emailMessage.count({ where: { orderId: order.id, kind: "seller-dispute" } })).toBe(1);
  });

  it("opened then lost, in order: the seller is told at each step and the loss shows in the figures", async () => {
    const { order, accountId, chargeId } = await paidOrder();
    const opened = await stripe.control<Stripe.Dispute>("POST", `/_emulator/charges/${chargeId}/dispute`, {});
    let events = await disputeEvents(accountId);
    await deliver(events[0]!);
    expect(await db.dispute.findUniqueOrThrow({ where: { id: opened.id } })).toMatchObject({ status: "needs_response", reason: "fraudulent" });
    const before = await disputeFigures();
    const period = resolvePeriod("month", undefined, undefined, new Date(), "UTC");
    const overviewBefore = (await getOverview(period)).currencies.find((c) => c.currency === "eur")!;

    await stripe.control("POST", `/_emulator/disputes/${opened.id}/close`, { outcome: "lost" });
    events = await disputeEvents(accountId);
    await Promise.all([deliver(events[1]!), deliver(events[1]!), deliver(events[0]!)]);
    expect(await db.dispute.findUniqueOrThrow({ where: { id: opened.id } })).toMatchObject({ status: "lost" });
    expect((await db.dispute.findUniqueOrThrow({ where: { id: opened.id } })).closedAt).not.toBeNull();
    expect(await db.emailMessage.count({ where: { orderId: order.id, kind: "seller-dispute" } })).toBe(2);

    const after = await disputeFigures();
    const eur = (f: typeof after) => f.lost.find((row) => row.currency === "eur")?.amount ?? 0;
    expect(eur(after) - eur(before)).toBe(4200);
    expect(after.open).toBe(before.open - 1);

    // The figures subtract the loss. Expected values from the test's own numbers: the buyer paid
    // 4200 (no shipping), the platform kept its fee, the bank took the 4200 back.
    const fee = order.applicationFeeAmount;
    const [totals] = await sellerTotals(order.shopId);
    expect(totals).toEqual({ currency: "eur", gross: 4200, refunded: 0, fees: fee, lostToDisputes: 4200, net: 4200 - fee - 4200, orders: 1 });
    expect(sellerNet((await getSellerOrder(order.shopId, order.id))!)).toBe(-fee);
    const overviewAfter = (await getOverview(period)).currencies.find((c) => c.currency === "eur")!;
    expect(overviewAfter.lostToDisputes - overviewBefore.lostToDisputes).toBe(4200);
    expect(overviewAfter.netVolume - overviewBefore.netVolume).toBe(-4200);
    expect(overviewAfter.current.gross).toBe(overviewBefore.current.gross);
  });

  it("a dispute for a payment the order does not know yet is retried, not dropped", async () => {
    const { shop, accountId } = await sellingShop(stripe);
    const product = await createProduct(shop.id, { priceAmount: 1500 });
    const cart = await cartWith([{ productId: product.id, quantity: 1 }]);
    const result = await startCheckout({ cartId: cart.id, shopId: shop.id, buyer: null, locale: "fr" });
    if (!result.ok) throw new Error(result.code);
    const order = await db.order.findUniqueOrThrow({ where: { id: result.orderId } });
    await stripe.control("POST", `/_emulator/checkout/sessions/${order.checkoutSessionId}/pay`, { outcome: "paid" });
    const session = await stripe.stripe.checkout.sessions.retrieve(order.checkoutSessionId!, { expand: ["payment_intent"] }, { stripeAccount: accountId });
    const chargeId = (session.payment_intent as Stripe.PaymentIntent).latest_charge as string;
    await stripe.control("POST", `/_emulator/charges/${chargeId}/dispute`, {});
    const [created] = await disputeEvents(accountId);
    // Acknowledged at once; the worker's attempt throws, so the event stays unprocessed and is retried.
    expect((await deliver(created!)).status).toBe(200);
    expect(await db.dispute.count({ where: { orderId: order.id } })).toBe(0);
    expect((await db.stripeEvent.findUniqueOrThrow({ where: { id: created!.id } })).status).not.toBe("PROCESSED");
    await connectWebhook(stripe.signedRequest(WEBHOOK, stripeEvent("checkout.session.completed", session, accountId)));
    await drainJobsThroughRetries();
    expect(await db.dispute.count({ where: { orderId: order.id } })).toBe(1);
    expect((await db.stripeEvent.findUniqueOrThrow({ where: { id: created!.id } })).status).toBe("PROCESSED");
  });
});
