import type Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { POST as platformRoute } from "@/app/api/stripe/webhook/route";
import { STRIPE_EVENT_RETRY_LIMIT } from "@/lib/jobs/queues";
import { delivering, drainJobsThroughRetries } from "../support/jobs";
import { collectCsv } from "@/lib/admin/csv";
import { LEDGER_CSV_COLUMNS, ledgerCsv, ledgerTotals, listLedger } from "@/lib/admin/ledger";
import { ORDERS_CSV_COLUMNS, ordersCsv } from "@/lib/admin/orders-export";
import { listStripeEvents, parseWebhookFilters, replayEvent } from "@/lib/admin/webhooks";
import { startCheckout } from "@/lib/checkout/start-checkout";
import { db } from "@/lib/db";
import { fulfilCheckout } from "@/lib/orders/fulfil-checkout";
import { refundOrder } from "@/lib/orders/refunds";
import { cartWith, createProduct, sellingShop, stripeEvent } from "../support/marketplace";
import { startEmulatorForFile } from "../support/stripe-emulator";

// The route records and queues; a worker (here, drained after each call) applies.
const platformWebhook = delivering(platformRoute);

const stripe = startEmulatorForFile();
const WEBHOOK = "http://localhost:3999/api/stripe/webhook";
const platformSecret = () => process.env.STRIPE_WEBHOOK_SECRET!;

type Selling = Awaited<ReturnType<typeof sellingShop>>;

/** An order paid on Stripe; `fulfil: false` leaves it as if checkout.session.completed had not arrived yet. */
async function paidOrder(seller?: Selling, options: { price?: number; fulfil?: boolean; currency?: string } = {}) {
  const { shop, accountId } = seller ?? (await sellingShop(stripe, { currency: options.currency }));
  const product = await createProduct(shop.id, { priceAmount: options.price ?? 5000, currency: options.currency ?? "eur" });
  const cart = await cartWith([{ productId: product.id, quantity: 1 }]);
  const started = await startCheckout({ cartId: cart.id, shopId: shop.id, buyer: null, locale: "fr" });
  if (!started.ok) throw new Error(started.code);
  const pending = await db.order.findUniqueOrThrow({ where: { id: started.orderId } });
  await stripe.control("POST", `/_emulator/checkout/sessions/${pending.checkoutSessionId}/pay`, { outcome: "paid", email: "guest@example.com" });
  if (options.fulfil !== false) await fulfilCheckout(pending.checkoutSessionId!, accountId, { page: "success" });
  const session = await stripe.stripe.checkout.sessions.retrieve(pending.checkoutSessionId!, { expand: ["payment_intent"] }, { stripeAccount: accountId });
  const intent = session.payment_intent as Stripe.PaymentIntent;
  const fees = await stripe.stripe.applicationFees.list({ charge: intent.latest_charge as string });
  const fee = fees.data[0]!;
  return { shop, accountId, order: await db.order.findUniqueOrThrow({ where: { id: pending.id } }), fee };
}

function sendFeeEvent(type: "application_fee.created" | "application_fee.refunded", fee: Stripe.ApplicationFee, id?: string) {
  // Platform events have no `account`: the fee names the connected account.
  return platformWebhook(stripe.signedRequest(WEBHOOK, stripeEvent(type, fee, undefined, id), { secret: platformSecret() }));
}

describe("fee ledger from platform webhooks", () => {
  it("records application_fee.created once, matched to the order through the charge", async () => {
    const { order, fee, accountId } = await paidOrder(undefined, { price: 5000 });
    expect(fee.amount).toBe(order.applicationFeeAmount);

    const first = await sendFeeEvent("application_fee.created", fee, "evt_fee_once");
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ result: "queued" });
    const again = await sendFeeEvent("application_fee.created", fee, "evt_fee_once");
    expect(await again.json()).toMatchObject({ result: "duplicate" });
    // Another event about the same fee updates the same row.
    await sendFeeEvent("application_fee.created", fee);

    const rows = await db.applicationFeeRecord.findMany({ where: { stripeFeeId: fee.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      orderId: order.id,
      stripeAccount: accountId,
      chargeId: fee.charge,
      amount: order.applicationFeeAmount,
      amountRefunded: 0,
      currency: "eur",
    });
    const event = await db.stripeEvent.findUniqueOrThrow({ where: { id: "evt_fee_once" } });
    expect(event).toMatchObject({ status: "PROCESSED", account: null, type: "application_fee.created" });
  });

  it("refuses a platform event signed with the Connect secret", async () => {
    const { fee } = await paidOrder();
    const response = await platformWebhook(stripe.signedRequest(WEBHOOK, stripeEvent("application_fee.created", fee, undefined), { secret: process.env.STRIPE_CONNECT_WEBHOOK_SECRET! }));
    expect(response.status).toBe(400);
    expect(await db.applicationFeeRecord.count({ where: { stripeFeeId: fee.id } })).toBe(0);
  });

  it("matches the order through its Checkout Session when the fee arrives before checkout.session.completed", async () => {
    const { order, fee } = await paidOrder(undefined, { fulfil: false });
    expect(order.status).toBe("PENDING");
    expect(order.paymentIntentId).toBeNull();
    await sendFeeEvent("application_fee.created", fee);
    expect(await db.applicationFeeRecord.findUniqueOrThrow({ where: { stripeFeeId: fee.id } })).toMatchObject({ orderId: order.id });
  });

  it("application_fee.refunded updates the row, and a late stale payload does not undo it", async () => {
    const { shop, order, fee } = await paidOrder(undefined, { price: 10_000 });
    await sendFeeEvent("application_fee.created", fee);
    expect(await refundOrder(order.id, shop.id, { amount: 5000 })).toMatchObject({ ok: true });
    const refunded = await stripe.stripe.applicationFees.retrieve(fee.id);
    expect(refunded.amount_refunded).toBeGreaterThan(0);

    await sendFeeEvent("application_fee.refunded", refunded, "evt_fee_refunded");
    await sendFeeEvent("application_fee.refunded", refunded, "evt_fee_refunded");
    // The original "created" payload (nothing refunded) delivered late, under a new id: Stripe's current state wins.
    await sendFeeEvent("application_fee.created", fee);
    const row = await db.applicationFeeRecord.findUniqueOrThrow({ where: { stripeFeeId: fee.id } });
    expect(row).toMatchObject({ amount: fee.amount, amountRefunded: refunded.amount_refunded, orderId: order.id });
    expect(await db.applicationFeeRecord.count({ where: { stripeFeeId: fee.id } })).toBe(1);
  });

  it("a FAILED event is finished by a replay, through the same handler", async () => {
    const { order, fee } = await paidOrder();
    // Stripe cannot be read on any of the queue's attempts: the event ends FAILED.
    await stripe.control("POST", "/_emulator/faults", { api: { status: 500, count: STRIPE_EVENT_RETRY_LIMIT + 1, path: `/v1/application_fees/${fee.id}` } });
    const response = await sendFeeEvent("application_fee.created", fee, "evt_fee_fails");
    expect(response.status).toBe(200);
    await drainJobsThroughRetries();
    const failed = await db.stripeEvent.findUniqueOrThrow({ where: { id: "evt_fee_fails" } });
    expect(failed.status).toBe("FAILED");
    expect(failed.lastError).toBeTruthy();
    expect(await db.applicationFeeRecord.count({ where: { stripeFeeId: fee.id } })).toBe(0);

    const log = await listStripeEvents(parseWebhookFilters({ status: "FAILED", account: "platform" }));
    expect(log.events.map((event) => event.id)).toContain("evt_fee_fails");

    expect(await replayEvent("evt_fee_fails")).toBe("processed");
    const done = await db.stripeEvent.findUniqueOrThrow({ where: { id: "evt_fee_fails" } });
    expect(done).toMatchObject({ status: "PROCESSED", lastError: null });
    expect(done.attempts).toBeGreaterThan(failed.attempts);
    expect(await db.applicationFeeRecord.findUniqueOrThrow({ where: { stripeFeeId: fee.id } })).toMatchObject({ orderId: order.id });
    // Replaying again changes nothing.
    expect(await replayEvent("evt_fee_fails")).toBe("processed");
    expect(await db.applicationFeeRecord.count({ where: { stripeFeeId: fee.id } })).toBe(1);
    expect(await replayEvent("evt_unknown")).toBe("not_found");
  });
});

describe("ledger totals and exports", () => {
  it("totals per shop and per currency, never adding currencies together, within the period", async () => {
    const shopA = await sellingShop(stripe);
    const first = await paidOrder(shopA, { price: 5000 });
    const second = await paidOrder(shopA, { price: 2000 });
    const yen = await paidOrder(undefined, { price: 3000, currency: "jpy" });
    for (const { fee } of [first, second, yen]) await sendFeeEvent("application_fee.created", fee);

    const ofA = await ledgerTotals({ shopId: shopA.shop.id });
    expect(ofA.byShop).toEqual([
      expect.objectContaining({
        shopId: shopA.shop.id,
        shopName: shopA.shop.name,
        currency: "eur",
        count: 2,
        amount: first.fee.amount + second.fee.amount,
        refunded: 0,
        net: first.fee.amount + second.fee.amount,
      }),
    ]);
    const page = await listLedger({ shopId: shopA.shop.id });
    expect(page.entries.map((entry) => entry.stripeFeeId).sort()).toEqual([first.fee.id, second.fee.id].sort());
    expect(page.entries.every((entry) => entry.shop?.id === shopA.shop.id)).toBe(true);

    const all = await ledgerTotals({});
    const currencies = all.byCurrency.map((total) => total.currency);
    expect(currencies).toEqual(["eur", "jpy"]);
    expect(all.byCurrency.find((total) => total.currency === "jpy")).toMatchObject({ amount: yen.fee.amount, count: 1 });
    expect(all.byShop.find((row) => row.shopId === yen.shop.id)).toMatchObject({ currency: "jpy", amount: yen.fee.amount });

    const tomorrow = new Date(Date.now() + 86_400_000);
    const future = await ledgerTotals({ shopId: shopA.shop.id, from: new Date(Date.UTC(tomorrow.getUTCFullYear(), tomorrow.getUTCMonth(), tomorrow.getUTCDate())) });
    expect(future.byShop).toEqual([]);
    const today = new Date();
    const day = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
    expect((await ledgerTotals({ shopId: shopA.shop.id, from: day, to: day })).byShop[0]?.count).toBe(2);
  });

  it("exports the ledger and the orders as CSV: documented columns, minor units and decimals, quoted text", async () => {
    const seller = await sellingShop(stripe);
    await db.shop.update({ where: { id: seller.shop.id }, data: { name: 'Café "Le Port", Nantes' } });
    const { order, fee } = await paidOrder(seller, { price: 2450 });
    await sendFeeEvent("application_fee.created", fee);

    const ledger = await collectCsv(ledgerCsv({ shopId: seller.shop.id }));
    const lines = ledger.split("\r\n");
    expect(lines[0]).toBe(LEDGER_CSV_COLUMNS.join(","));
    expect(lines[0]).toContain("fee_minor,fee_decimal");
    expect(lines).toHaveLength(3); // header, one row, and the empty string after the last CRLF
    const feeDecimal = `${Math.floor(fee.amount / 100)}.${String(fee.amount % 100).padStart(2, "0")}`;
    expect(lines[1]).toContain(`${fee.id},`);
    expect(lines[1]).toContain(`,"Café ""Le Port"", Nantes",${seller.accountId},${fee.charge},${order.id},eur,${fee.amount},${feeDecimal},0,0.00,${fee.amount},${feeDecimal}`);

    const orders = await collectCsv(ordersCsv({ shopId: seller.shop.id }));
    const orderLines = orders.split("\r\n");
    expect(orderLines[0]).toBe(ORDERS_CSV_COLUMNS.join(","));
    expect(orderLines[1]).toContain(`${order.id},`);
    expect(orderLines[1]).toContain(`,PAID,${seller.shop.id},"Café ""Le Port"", Nantes",guest@example.com,eur,2450,24.50,${order.applicationFeeAmount},${feeDecimal},0,0.00,0,0.00,${order.checkoutSessionId},${order.paymentIntentId}`);

    // A shop name made to run as a formula in a spreadsheet is neutralised.
    await db.shop.update({ where: { id: seller.shop.id }, data: { name: "=HYPERLINK(1)" } });
    expect(await collectCsv(ledgerCsv({ shopId: seller.shop.id }))).toContain(",'=HYPERLINK(1),");
  });
});
