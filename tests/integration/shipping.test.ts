import type Stripe from "stripe";
import { afterEach, describe, expect, it } from "vitest";
import { POST as connectRoute } from "@/app/api/stripe/connect/webhook/route";
import { delivering } from "../support/jobs";
import { startCheckout } from "@/lib/checkout/start-checkout";
import { db } from "@/lib/db";
import { applicationFee, feeSettingsForShop } from "@/lib/fees/application-fee";
import { saveShippingSettings, setFeeBase } from "@/lib/shipping/rates";
import { cartWith, createProduct, retrieveSession, sellingShop, stripeEvent } from "../support/marketplace";
import { startEmulatorForFile } from "../support/stripe-emulator";

// The route records and queues; a worker (here, drained after each call) applies.
const connectWebhook = delivering(connectRoute);
const stripe = startEmulatorForFile();
const WEBHOOK = "http://localhost:3999/api/stripe/connect/webhook";

afterEach(() => setFeeBase("goods"));

async function shippingShop() {
  const { shop, accountId } = await sellingShop(stripe);
  await saveShippingSettings(shop.id, "eur", { shipsTo: ["FR", "BE"], flatAmount: 690, freeAbove: 10000 });
  return { shop, accountId };
}

async function checkout(shopId: string, lines: { productId: string; quantity: number }[]) {
  const cart = await cartWith(lines);
  const result = await startCheckout({ cartId: cart.id, shopId, buyer: null, locale: "fr" });
  if (!result.ok) throw new Error(`checkout refused: ${result.code}`);
  return db.order.findUniqueOrThrow({ where: { id: result.orderId } });
}

/** The buyer on the emulator's hosted page: address, rate, card. */
async function payOnPage(session: Stripe.Checkout.Session, extra: Record<string, string> = {}) {
  const form = {
    email: "acheteuse@example.fr", pm: "card", card_number: "4242424242424242", card_expiry: "12/34", card_cvc: "123",
    ship_name: "Jeanne Martin", ship_line1: "3 rue des Lilas", ship_postal_code: "1000", ship_city: "Bruxelles", ship_country: "BE",
    shipping_rate: String(session.shipping_options[0]?.shipping_rate ?? ""),
    ...extra,
  };
  const res = await fetch(session.url!, { method: "POST", redirect: "manual", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(form) });
  expect(res.status).toBe(303);
}

async function deliverCompleted(sessionId: string, accountId: string) {
  const session = await retrieveSession(stripe, sessionId, accountId);
  const res = await connectWebhook(stripe.signedRequest(WEBHOOK, stripeEvent("checkout.session.completed", session, accountId)));
  expect(res.status).toBe(200);
}

describe("checkout with shipping", () => {
  it("sends the shop's countries and rate, and stores the address and shipping amount Stripe returns", async () => {
    const { shop, accountId } = await shippingShop();
    const product = await createProduct(shop.id, { priceAmount: 2400 });
    const order = await checkout(shop.id, [{ productId: product.id, quantity: 2 }]);
    expect(order).toMatchObject({ requiresShipping: true, shippingAmount: 690, subtotalAmount: 4800 });

    const session = await retrieveSession(stripe, order.checkoutSessionId!, accountId);
    expect(session.shipping_address_collection?.allowed_countries).toEqual(["BE", "FR"]);
    expect(session.shipping_options.map((o) => o.shipping_amount)).toEqual([690]);
    expect(session.amount_total).toBe(4800 + 690);

    await payOnPage(session);
    await deliverCompleted(session.id, accountId);
    const paid = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(paid.status).toBe("PAID");
    expect(paid.shippingName).toBe("Jeanne Martin");
    expect(paid.shippingAddress).toMatchObject({ line1: "3 rue des Lilas", postal_code: "1000", city: "Bruxelles", country: "BE" });
    expect(paid.shippingRateName).toBe("Livraison standard");
    expect(paid.shippingAmount).toBe(690);
  });

  it("offers free shipping at or above the shop's threshold", async () => {
    const { shop, accountId } = await shippingShop();
    const product = await createProduct(shop.id, { priceAmount: 5000 });
    const order = await checkout(shop.id, [{ productId: product.id, quantity: 2 }]);
    expect(order.shippingAmount).toBe(0);
    const session = await retrieveSession(stripe, order.checkoutSessionId!, accountId);
    expect(session.shipping_options.map((o) => o.shipping_amount)).toEqual([0]);
    expect(session.amount_total).toBe(10000);
  });

  it("asks no address for a cart of digital products only", async () => {
    const { shop, accountId } = await shippingShop();
    const product = await createProduct(shop.id, { priceAmount: 1200 });
    await db.product.update({ where: { id: product.id }, data: { digital: true } });
    const order = await checkout(shop.id, [{ productId: product.id, quantity: 1 }]);
    expect(order).toMatchObject({ requiresShipping: false, shippingAmount: 0 });
    const session = await retrieveSession(stripe, order.checkoutSessionId!, accountId);
    expect(session.shipping_address_collection).toBeNull();
    expect(session.shipping_options).toEqual([]);
    expect(session.amount_total).toBe(1200);
  });

  it("an open session keeps the rate the order was created with when the seller changes it", async () => {
    const { shop, accountId } = await shippingShop();
    const product = await createProduct(shop.id, { priceAmount: 2400 });
    const order = await checkout(shop.id, [{ productId: product.id, quantity: 1 }]);
    // The seller changes the rate while the buyer pays: the open session keeps the order's rate.
    await saveShippingSettings(shop.id, "eur", { shipsTo: ["FR"], flatAmount: 990, freeAbove: null });
    const session = await retrieveSession(stripe, order.checkoutSessionId!, accountId);
    expect(session.shipping_options[0]!.shipping_amount).toBe(690);
    await payOnPage(session);
    await deliverCompleted(session.id, accountId);
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "PAID", shippingAmount: 690 });
  });

  it("computes the application fee on the goods or on the total, as the operator chose", async () => {
    const { shop, accountId } = await shippingShop();
    const product = await createProduct(shop.id, { priceAmount: 3000 });
    const settings = await feeSettingsForShop(shop, "eur");

    const onGoods = await checkout(shop.id, [{ productId: product.id, quantity: 1 }]);
    expect(onGoods.applicationFeeAmount).toBe(applicationFee(3000, settings, "eur"));

    await setFeeBase("total");
    const onTotal = await checkout(shop.id, [{ productId: product.id, quantity: 1 }]);
    expect(onTotal.applicationFeeAmount).toBe(applicationFee(3690, settings, "eur"));
    expect(onTotal.applicationFeeAmount).toBeGreaterThan(onGoods.applicationFeeAmount);

    // The fee Stripe charges is the one the order holds.
    const session = await retrieveSession(stripe, onTotal.checkoutSessionId!, accountId);
    await payOnPage(session);
    const paid = await stripe.stripe.checkout.sessions.retrieve(session.id, { expand: ["payment_intent"] }, { stripeAccount: accountId });
    expect((paid.payment_intent as Stripe.PaymentIntent).application_fee_amount).toBe(onTotal.applicationFeeAmount);
    expect((paid.payment_intent as Stripe.PaymentIntent).amount).toBe(3690);
  });

  it("a subscription cart of physical goods asks the address but sends no rate and pays no shipping", async () => {
    const { shop, accountId } = await shippingShop();
    const coffee = await createProduct(shop.id, { priceAmount: 1200 });
    await db.product.update({ where: { id: coffee.id }, data: { recurringInterval: "month", recurringIntervalCount: 1 } });
    const order = await checkout(shop.id, [{ productId: coffee.id, quantity: 1 }]);
    expect(order).toMatchObject({ requiresShipping: true, shippingAmount: 0, subtotalAmount: 1200 });

    const session = await retrieveSession(stripe, order.checkoutSessionId!, accountId);
    expect(session.mode).toBe("subscription");
    expect(session.shipping_address_collection?.allowed_countries).toEqual(["BE", "FR"]);
    expect(session.shipping_options).toEqual([]);
    expect(session.amount_total).toBe(1200);

    await payOnPage(session, { shipping_rate: "" });
    await deliverCompleted(session.id, accountId);
    const paid = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(paid).toMatchObject({ status: "PAID", shippingAmount: 0, shippingName: "Jeanne Martin" });
    expect(paid.shippingAddress).toMatchObject({ city: "Bruxelles", country: "BE" });
  });

  it("the emulator refuses shipping rates in subscription mode, as Stripe does", async () => {
    const { accountId } = await sellingShop(stripe);
    const create = stripe.stripe.checkout.sessions.create(
      {
        mode: "subscription",
        line_items: [{ quantity: 1, price_data: { currency: "eur", unit_amount: 1200, product_data: { name: "Café" }, recurring: { interval: "month" } } }],
        shipping_options: [{ shipping_rate_data: { type: "fixed_amount", display_name: "Standard", fixed_amount: { amount: 500, currency: "eur" } } }],
        success_url: "http://localhost/ok",
      },
      { stripeAccount: accountId },
    );
    await expect(create).rejects.toThrow(/shipping_options/);
  });

  it("rejects invalid shipping settings and writes nothing", async () => {
    const { shop } = await sellingShop(stripe);
    await expect(saveShippingSettings(shop.id, "eur", { shipsTo: ["XX"], flatAmount: 500, freeAbove: null })).rejects.toThrow();
    await expect(saveShippingSettings(shop.id, "eur", { shipsTo: ["FR"], flatAmount: -1, freeAbove: null })).rejects.toThrow();
    await expect(saveShippingSettings(shop.id, "eur", { shipsTo: ["FR"], flatAmount: 1.5, freeAbove: null })).rejects.toThrow();
    expect(await db.shopShippingRate.count({ where: { shopId: shop.id } })).toBe(0);
  });
});
