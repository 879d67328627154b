import type Stripe from "stripe";
import { beforeEach, describe, expect, it } from "vitest";
import { POST as connectRoute } from "@/app/api/stripe/connect/webhook/route";
import { POST as platformRoute } from "@/app/api/stripe/webhook/route";
import { db } from "@/lib/db";
import { setCancelAtPeriodEnd } from "@/lib/subscriptions/manage";
import { listBuyerSubscriptions, shopSubscriptionSummary } from "@/lib/subscriptions/queries";
import { applySubscription, readSubscription } from "@/lib/subscriptions/sync";
import { delivering } from "../support/jobs";
import { startEmulatorForFile } from "../support/stripe-emulator";
import { createBuyer, startMixedCart } from "../support/subscriptions";

const stripe = startEmulatorForFile();
// Each delivery is then applied by a worker (the job queue), as in production.
const connectWebhook = delivering(connectRoute);
const platformWebhook = delivering(platformRoute);
const CONNECT = "http://localhost:3999/api/stripe/connect/webhook";
const PLATFORM = "http://localhost:3999/api/stripe/webhook";
const WEEK = 7 * 86400;
const TYPES = new Set([
  "checkout.session.completed",
  "invoice.paid",
  "invoice.payment_failed",
  "customer.subscription.created",
  "customer.subscription.updated",
  "customer.subscription.deleted",
]);

beforeEach(async () => {
  // The platform takes 7.5 %, plus a fixed fee that subscriptions do not carry (README).
  await db.platformSettings.upsert({ where: { id: 1 }, create: { id: 1, feeBps: 750 }, update: { feeBps: 750 } });
  await db.platformFixedFee.upsert({ where: { currency: "eur" }, create: { currency: "eur", amount: 30 }, update: { amount: 30 } });
});

/** A buyer subscribes to coffee every week (12 €) and buys a grinder once (30 €) in one checkout. */
async function subscribe(card?: "fails_renewal") {
  const { order, buyer, ...rest } = await startMixedCart(stripe);
  const paid = await stripe.control<Stripe.Checkout.Session>("POST", `/_emulator/checkout/sessions/${order.checkoutSessionId}/pay`, { email: buyer.email, ...(card ? { card } : {}) });
  expect(paid.status).toBe("complete");
  return { ...rest, buyer, order };
}

/** Everything Stripe sent for the account (and the platform's fees), delivered newest first and each twice. */
async function deliverAll(accountId: string) {
  const events = (await stripe.stripe.events.list({ limit: 100 }, { stripeAccount: accountId })).data.filter((e) => TYPES.has(e.type));
  for (const event of [...events, ...events]) {
    const response = await connectWebhook(stripe.signedRequest(CONNECT, event, { secret: process.env.STRIPE_CONNECT_WEBHOOK_SECRET! }));
    expect(response.status).toBe(200);
  }
  const fees = (await stripe.stripe.events.list({ limit: 100, type: "application_fee.created" })).data.filter(
    (e) => (e.data.object as Stripe.ApplicationFee).account === accountId,
  );
  for (const event of [...fees, ...fees]) {
    const response = await platformWebhook(stripe.signedRequest(PLATFORM, event, { secret: process.env.STRIPE_WEBHOOK_SECRET! }));
    expect(response.status).toBe(200);
  }
  return events;
}


const advance = (seconds: number) => stripe.control("POST", "/_emulator/clock/advance", { seconds });

describe("subscriptions through Checkout on the seller's account", () => {
  it("opens one subscription-mode session with the recurring price and the platform's percent", async () => {
    const { order, accountId } = await subscribe();
    const session = await stripe.stripe.checkout.sessions.retrieve(order.checkoutSessionId!, { expand: ["line_items"] }, { stripeAccount: accountId });
    expect(session.mode).toBe("subscription");
    expect(session.line_items!.data.map((l) => [l.description, l.price?.recurring?.interval ?? null])).toEqual([
      ["Café", "week"],
      ["Moulin", null],
    ]);
    const sub = await stripe.stripe.subscriptions.retrieve(session.subscription as string, {}, { stripeAccount: accountId });
    expect(sub.application_fee_percent).toBe(7.5);
    // The order expects what Stripe takes: 7.5 % of 42 €, without the fixed part.
    expect(order.applicationFeeAmount).toBe(315);
    expect(order.subscriptionFeeBps).toBe(750);
  });

  it("three renewals give three paid periods and three fees, once each, whatever the order and repetition of events", async () => {
    const { order, accountId, shop, buyer, grinder } = await subscribe();
    await advance(3 * WEEK + 60);
    await deliverAll(accountId);

    const sub = await db.subscription.findFirstOrThrow({ where: { shopId: shop.id } });
    expect(sub).toMatchObject({ status: "ACTIVE", buyerId: buyer.id, periodAmount: 1200, interval: "week", intervalCount: 1, cancelAtPeriodEnd: false });
    expect(Number(sub.feePercent)).toBe(7.5);
    const orders = await db.order.findMany({ where: { subscriptionId: sub.id }, orderBy: { paidAt: "asc" }, include: { items: true } });
    expect(orders).toHaveLength(4);
    expect(orders[0]).toMatchObject({ id: order.id, status: "PAID", subtotalAmount: 4200, applicationFeeAmount: 315 });
    for (const renewal of orders.slice(1)) {
      expect(renewal).toMatchObject({ status: "PAID", subtotalAmount: 1200, applicationFeeAmount: 90, buyerId: buyer.id });
      expect(renewal.items.map((i) => i.name)).toEqual(["Café"]);
    }
    expect(new Set(orders.map((o) => o.stripeInvoiceId)).size).toBe(4);
    const ledger = await db.applicationFeeRecord.findMany({ where: { stripeAccount: accountId } });
    expect(ledger.map((f) => f.amount).sort()).toEqual([315, 90, 90, 90].sort());
    expect(new Set(ledger.map((f) => f.orderId))).toEqual(new Set(orders.map((o) => o.id)));
    const renewedEmails = await db.emailMessage.findMany({ where: { kind: "subscription-renewed", to: buyer.email } });
    expect(renewedEmails).toHaveLength(3);
    // The buyer sees four payments; the seller one subscriber bringing 12 € × 52 / 12 a month.
    expect((await listBuyerSubscriptions(buyer.id))[0]!.orders).toHaveLength(4);
    expect(await shopSubscriptionSummary(shop.id)).toMatchObject({ live: 1, cancellations: 0, monthly: [{ currency: "eur", amount: 5200 }] });
    // The one-time item was sold once, by the first order only.
    expect((await db.product.findUniqueOrThrow({ where: { id: grinder.id } })).stock).toBe(4);
  });

  it("a subscription event applied while the checkout's fulfilment holds the order does not deadlock", async () => {
    const { order, accountId } = await subscribe();
    const session = await stripe.stripe.checkout.sessions.retrieve(order.checkoutSessionId!, {}, { stripeAccount: accountId });
    const state = await readSubscription(accountId, session.subscription as string);
    // As checkout.session.completed applies: the order first (fulfilment), the subscription after.
    // Meanwhile a customer.subscription.created applies on its own connection. On a real PostgreSQL
    // server (CI), taking the subscription before the order there was a deadlock; PGlite runs the
    // two transactions one after the other.
    const fulfilment = db.$transaction(async (tx) => {
      await tx.order.update({ where: { id: order.id }, data: { status: order.status } });
      await new Promise((resolve) => setTimeout(resolve, 300));
      return applySubscription(tx, accountId, state);
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const subscriptionEvent = db.$transaction((tx) => applySubscription(tx, accountId, state));
    const [fromFulfilment, fromEvent] = await Promise.all([fulfilment, subscriptionEvent]);
    expect(fromEvent!.id).toBe(fromFulfilment!.id);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).subscriptionId).toBe(fromEvent!.id);
  });

  it("a failed renewal marks the subscription past due and emails the buyer once", async () => {
    const { accountId, shop, buyer } = await subscribe("fails_renewal");
    await advance(WEEK + 60);
    await deliverAll(accountId);
    const sub = await db.subscription.findFirstOrThrow({ where: { shopId: shop.id } });
    expect(sub.status).toBe("PAST_DUE");
    expect(await db.order.count({ where: { subscriptionId: sub.id } })).toBe(1);
    const failed = await db.emailMessage.findMany({ where: { kind: "subscription-failed", to: buyer.email } });
    expect(failed).toHaveLength(1);
    expect(failed[0]!.subject).toContain(shop.name);
  });

  it("cancel at period end ends the subscription at the period's end and not before; undo keeps it", async () => {
    const { accountId, shop, buyer } = await subscribe();
    await deliverAll(accountId);
    const sub = await db.subscription.findFirstOrThrow({ where: { shopId: shop.id } });
    const other = await createBuyer();
    expect(await setCancelAtPeriodEnd(other.id, sub.id, true)).toEqual({ ok: false, reason: "notFound" });

    expect(await setCancelAtPeriodEnd(buyer.id, sub.id, true)).toMatchObject({ ok: true, cancelAtPeriodEnd: true });
    expect(await setCancelAtPeriodEnd(buyer.id, sub.id, false)).toMatchObject({ ok: true, cancelAtPeriodEnd: false });
    expect(await setCancelAtPeriodEnd(buyer.id, sub.id, true)).toMatchObject({ ok: true, cancelAtPeriodEnd: true });

    await advance(WEEK - 3600);
    await deliverAll(accountId);
    expect(await db.subscription.findUniqueOrThrow({ where: { id: sub.id } })).toMatchObject({ status: "ACTIVE", cancelAtPeriodEnd: true, endedAt: null });

    await advance(7200);
    await deliverAll(accountId);
    const ended = await db.subscription.findUniqueOrThrow({ where: { id: sub.id } });
    expect(ended.status).toBe("CANCELED");
    expect(await shopSubscriptionSummary(shop.id)).toMatchObject({ live: 0, cancellations: 1, monthly: [] });
    expect(ended.endedAt?.getTime()).toBe(sub.currentPeriodEnd.getTime());
    // No period was billed after the cancellation.
    expect(await db.order.count({ where: { subscriptionId: sub.id } })).toBe(1);
    expect(await setCancelAtPeriodEnd(buyer.id, sub.id, false)).toEqual({ ok: false, reason: "ended" });
  });
});
