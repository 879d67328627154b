import { beforeEach, describe, expect, it } from "vitest";
import { parseDuration, reconcile } from "@/lib/admin/reconcile";
import { startCheckout } from "@/lib/checkout/start-checkout";
import { db } from "@/lib/db";
import { fulfilCheckout } from "@/lib/orders/fulfil-checkout";
import { cartWith, createProduct, sellingShop } from "../support/marketplace";
import { startEmulatorForFile } from "../support/stripe-emulator";

const stripe = startEmulatorForFile();
const HOUR = 3_600_000;

// The emulator forgets everything between tests: accounts of earlier tests no longer exist there.
beforeEach(async () => {
  await db.connectedAccount.deleteMany();
});

async function pendingOrder(options: { stock?: number } = {}) {
  const { shop, accountId } = await sellingShop(stripe);
  const product = await createProduct(shop.id, { priceAmount: 3200, stock: options.stock ?? null });
  const cart = await cartWith([{ productId: product.id, quantity: 2 }]);
  const started = await startCheckout({ cartId: cart.id, shopId: shop.id, buyer: null, locale: "fr" });
  if (!started.ok) throw new Error(started.code);
  const order = await db.order.findUniqueOrThrow({ where: { id: started.orderId } });
  return { shop, accountId, product, order, sessionId: order.checkoutSessionId! };
}

async function run() {
  const lines: string[] = [];
  const result = await reconcile({ since: new Date(Date.now() - HOUR), out: (line) => lines.push(line) });
  return { ...result, lines };
}

describe("reconciliation", () => {
  it("repairs an order whose checkout.session.completed never arrived, then finds nothing", async () => {
    const { order, sessionId, accountId } = await pendingOrder();
    // Whatever the emulator would send about this payment is dropped.
    await stripe.control("POST", "/_emulator/faults", { webhooks: { drop: true, count: 10 } });
    await stripe.control("POST", `/_emulator/checkout/sessions/${sessionId}/pay`, { outcome: "paid" });
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PENDING");

    const first = await run();
    expect(first.failures).toEqual([]);
    expect(first.changes).toContainEqual(expect.objectContaining({ kind: "payment", orderId: order.id, sessionId, account: accountId, from: "PENDING", to: "PAID" }));
    expect(first.lines.some((line) => line.includes(order.id) && line.includes("PENDING -> PAID"))).toBe(true);
    const paid = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(paid.status).toBe("PAID");
    expect(paid.paymentIntentId).toMatch(/^pi_/);
    expect(await db.emailMessage.count({ where: { orderId: order.id } })).toBe(2);
    // The missed application_fee.created is caught up too, matched to the order.
    expect(first.changes).toContainEqual(expect.objectContaining({ kind: "fee", orderId: order.id }));
    expect(await db.applicationFeeRecord.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({ amount: order.applicationFeeAmount });

    const second = await run();
    expect(second.changes).toEqual([]);
    expect(second.lines.at(-1)).toMatch(/^Nothing to repair/);
    expect(await db.orderEvent.count({ where: { orderId: order.id, type: "status_changed" } })).toBe(1);
  });

  it("expires an order whose session expired unnoticed, releasing its stock", async () => {
    const { order, sessionId, accountId, product } = await pendingOrder({ stock: 5 });
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(3);
    await stripe.stripe.checkout.sessions.expire(sessionId, {}, { stripeAccount: accountId });

    const { changes } = await run();
    expect(changes).toEqual([expect.objectContaining({ kind: "payment", orderId: order.id, from: "PENDING", to: "EXPIRED" })]);
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(5);
    expect((await run()).changes).toEqual([]);
  });

  it("leaves open sessions and orders that already agree alone", async () => {
    const open = await pendingOrder();
    const paid = await pendingOrder();
    await stripe.control("POST", `/_emulator/checkout/sessions/${paid.sessionId}/pay`, { outcome: "paid" });
    await fulfilCheckout(paid.sessionId, paid.accountId, { page: "success" });
    const { changes, checked } = await run();
    expect(checked).toBe(2);
    expect(changes.filter((change) => change.kind !== "fee")).toEqual([]);
    expect((await db.order.findUniqueOrThrow({ where: { id: open.order.id } })).status).toBe("PENDING");
  });

  it("catches up a refund made on Stripe whose charge.refunded never arrived", async () => {
    const { order, sessionId, accountId } = await pendingOrder();
    await stripe.control("POST", `/_emulator/checkout/sessions/${sessionId}/pay`, { outcome: "paid" });
    await fulfilCheckout(sessionId, accountId, { page: "success" });
    const { paymentIntentId } = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    await stripe.stripe.refunds.create({ payment_intent: paymentIntentId!, amount: 1000 }, { stripeAccount: accountId });

    const { changes } = await run();
    expect(changes).toContainEqual(expect.objectContaining({ kind: "refund", orderId: order.id, from: "PAID", to: "PARTIALLY_REFUNDED" }));
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "PARTIALLY_REFUNDED", amountRefunded: 1000 });
    expect((await run()).changes).toEqual([]);
  });

  it("reports an account Stripe cannot read and still reconciles the others", async () => {
    const { order, sessionId } = await pendingOrder();
    await stripe.control("POST", `/_emulator/checkout/sessions/${sessionId}/pay`, { outcome: "paid" });
    const ghost = await sellingShop(stripe);
    await db.connectedAccount.update({ where: { stripeAccountId: ghost.accountId }, data: { stripeAccountId: "acct_gone" } });
    const result = await run();
    expect(result.failures).toEqual([expect.objectContaining({ account: "acct_gone" })]);
    expect(result.changes).toContainEqual(expect.objectContaining({ orderId: order.id, to: "PAID" }));
  });

  it("reads --since durations", () => {
    expect(parseDuration("48h")).toBe(48 * HOUR);
    expect(parseDuration("90m")).toBe(90 * 60_000);
    expect(parseDuration("7d")).toBe(7 * 24 * HOUR);
    expect(parseDuration("0h")).toBeNull();
    expect(parseDuration("2 weeks")).toBeNull();
  });
});
