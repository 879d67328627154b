import { describe, expect, it } from "vitest";
import { reconcile } from "@/lib/admin/reconcile";
import { planAttempt } from "@/lib/checkout/attempts";
import { startCheckout } from "@/lib/checkout/start-checkout";
import { sweepOverdueCheckouts } from "@/lib/checkout/sweep";
import { db } from "@/lib/db";
import { cartWith, createProduct, retrieveSession, sellingShop } from "../support/marketplace";
import { startEmulatorForFile } from "../support/stripe-emulator";

const stripe = startEmulatorForFile();
const MINUTE = 60_000;
const stockOf = async (id: string) => (await db.product.findUniqueOrThrow({ where: { id } })).stock;
const orderOf = (id: string) => db.order.findUniqueOrThrow({ where: { id } });

async function setup(stock = 5, quantity = 2) {
  const { shop, accountId } = await sellingShop(stripe);
  const product = await createProduct(shop.id, { priceAmount: 2000, stock });
  const cart = await cartWith([{ productId: product.id, quantity }]);
  const input = { cartId: cart.id, shopId: shop.id, buyer: null, locale: "fr" as const };
  return { shop, accountId, product, cart, input };
}

describe("the sweep of overdue checkout attempts", () => {
  it("releases the stock of a process killed between the reservation and the session", async () => {
    const { product, input } = await setup(5, 2);
    // What the process did before dying: the reservation and the order, nothing on Stripe.
    const plan = await db.$transaction((tx) => planAttempt(tx, input));
    if (plan.kind !== "open") throw new Error("expected a new attempt");
    expect(await stockOf(product.id)).toBe(3);

    // Too early: a request may still be creating the session.
    expect((await sweepOverdueCheckouts()).closed).toEqual([]);
    expect(await stockOf(product.id)).toBe(3);

    const swept = await sweepOverdueCheckouts({ now: new Date(Date.now() + 3 * MINUTE) });
    expect(swept.closed).toEqual([plan.attempt.id]);
    expect(await stockOf(product.id)).toBe(5);
    expect(await orderOf(plan.attempt.id)).toMatchObject({ status: "CANCELED", failureReason: "deadline" });
    // Running again changes nothing.
    expect((await sweepOverdueCheckouts({ now: new Date(Date.now() + 3 * MINUTE) })).closed).toEqual([]);
    expect(await stockOf(product.id)).toBe(5);
  });

  it("expires the session Stripe created but never confirmed, then releases the stock", async () => {
    const { product, input, accountId, shop } = await setup(5, 2);
    // Stripe creates the session but the answer never arrives (nor the SDK retry's), and Stripe stays unreachable for the clean-up.
    await stripe.control("POST", "/_emulator/faults", {
      api: [
        { status: "timeout", execute: true, hold_ms: 100, path: "/v1/checkout/sessions", method: "POST", count: 2 },
        { status: "500", path: "/v1/checkout/sessions", method: "GET", count: 1 },
      ],
    });
    expect(await startCheckout(input)).toEqual({ ok: false, code: "stripe_unavailable" });
    const order = await db.order.findFirstOrThrow({ where: { shopId: shop.id } });
    expect(order).toMatchObject({ status: "PENDING", checkoutSessionId: null });
    expect(await stockOf(product.id)).toBe(3);
    const [orphan] = (await stripe.stripe.checkout.sessions.list({ status: "open" }, { stripeAccount: accountId })).data;
    expect(orphan?.metadata).toMatchObject({ order_id: order.id });

    const swept = await sweepOverdueCheckouts({ now: new Date(Date.now() + 3 * MINUTE) });
    expect(swept.closed).toEqual([order.id]);
    expect((await retrieveSession(stripe, orphan!.id, accountId)).status).toBe("expired");
    expect(await stockOf(product.id)).toBe(5);
  });

  it("closes an attempt past its deadline whose expiry event was lost, but follows a payment made just before", async () => {
    const first = await setup(5, 1);
    const unpaid = await startCheckout(first.input);
    const second = await setup(5, 1);
    const paid = await startCheckout(second.input);
    if (!unpaid.ok || !paid.ok) throw new Error("checkout refused");
    const paidOrder = await orderOf(paid.orderId);
    await stripe.control("POST", "/_emulator/faults", { webhooks: { drop: true, count: 10 } });
    await stripe.control("POST", `/_emulator/checkout/sessions/${paidOrder.checkoutSessionId}/pay`, { outcome: "paid" });

    // Past both deadlines (the second attempt started later, by more than a second on a busy machine).
    const deadlines = await Promise.all([unpaid.orderId, paid.orderId].map(async (id) => (await orderOf(id)).reservedUntil!.getTime()));
    const late = new Date(Math.max(...deadlines) + 1000);
    const swept = await sweepOverdueCheckouts({ now: late });
    expect(swept.closed).toEqual([unpaid.orderId]);
    expect(swept.paid).toEqual([paid.orderId]);
    expect(await stockOf(first.product.id)).toBe(5);
    expect((await orderOf(paid.orderId)).status).toBe("PAID");
    expect(await stockOf(second.product.id)).toBe(4);
  });

  it("is run by reconciliation, which finds pending orders that have no session", async () => {
    const { product, input } = await setup(5, 2);
    const plan = await db.$transaction((tx) => planAttempt(tx, input));
    if (plan.kind !== "open") throw new Error("expected a new attempt");
    await db.order.update({ where: { id: plan.attempt.id }, data: { createdAt: new Date(Date.now() - 5 * MINUTE) } });
    const lines: string[] = [];
    await reconcile({ since: new Date(Date.now() - 60 * MINUTE), out: (line) => lines.push(line) });
    expect(lines.some((line) => line.includes(plan.attempt.id) && line.includes("CANCELED"))).toBe(true);
    expect(await stockOf(product.id)).toBe(5);
  });
});
