import { describe, expect, it } from "vitest";
import { setShopPaymentExperience } from "@/lib/checkout/experience";
import { confirmOrderPayment } from "@/lib/checkout/payment-intent";
import { startCheckout } from "@/lib/checkout/start-checkout";
import { db } from "@/lib/db";
import { saveDeliveryAddress } from "@/lib/shipping/delivery-address";
import { saveShippingSettings } from "@/lib/shipping/rates";
import { cartWith, createProduct, sellingShop } from "../support/marketplace";
import { startEmulatorForFile } from "../support/stripe-emulator";

const stripe = startEmulatorForFile();

/** A Payment Element attempt for physical goods of a shop shipping to France and Belgium at 6,90 €. */
async function physicalOrder(priceAmount = 2500) {
  const { shop, accountId } = await sellingShop(stripe);
  await setShopPaymentExperience(shop.id, "payment_element");
  await saveShippingSettings(shop.id, "eur", { shipsTo: ["FR", "BE"], flatAmount: 690, freeAbove: null });
  const product = await createProduct(shop.id, { priceAmount });
  const cart = await cartWith([{ productId: product.id, quantity: 2 }]);
  const started = await startCheckout({ cartId: cart.id, shopId: shop.id, buyer: null, locale: "fr" });
  if (!started.ok) throw new Error(started.code);
  const order = await db.order.findUniqueOrThrow({ where: { id: started.orderId } });
  const owner = { orderId: order.id, cartId: cart.id, buyerId: null };
  const card = async (pm = "pm_card_visa") => (await stripe.stripe.testHelpers.confirmationTokens.create({ payment_method: pm }, { stripeAccount: accountId })).id;
  return { shop, accountId, cart, order, owner, card };
}

const ADDRESS = { name: "Jeanne Martin", line1: "3 rue des Lilas", line2: "", postalCode: "69003", city: "Lyon", country: "fr" };

describe("Payment Element with physical goods", () => {
  it("asks the address first, charges goods + the server's shipping, and the order keeps Stripe's address", async () => {
    const { accountId, order, owner, card } = await physicalOrder();
    expect(order).toMatchObject({ paymentExperience: "payment_element", requiresShipping: true, shippingAmount: 690, subtotalAmount: 5000 });

    // No address yet: nothing is created on Stripe.
    expect(await confirmOrderPayment({ ...owner, confirmationTokenId: await card() })).toEqual({ status: "address_required" });
    expect((await stripe.stripe.paymentIntents.list({}, { stripeAccount: accountId })).data).toHaveLength(0);

    expect(await saveDeliveryAddress(owner, ADDRESS)).toEqual({ ok: true });
    expect(await confirmOrderPayment({ ...owner, confirmationTokenId: await card() })).toEqual({ status: "succeeded" });

    const paid = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(paid).toMatchObject({ status: "PAID", shippingName: "Jeanne Martin", shippingAmount: 690, shippingRateName: "Livraison standard" });
    expect(paid.shippingAddress).toMatchObject({ line1: "3 rue des Lilas", postal_code: "69003", city: "Lyon", country: "FR" });
    const intent = await stripe.stripe.paymentIntents.retrieve(paid.paymentIntentId!, {}, { stripeAccount: accountId });
    expect(intent.amount).toBe(5000 + 690);
    expect(intent.application_fee_amount).toBe(paid.applicationFeeAmount);
    expect(intent.shipping).toMatchObject({ name: "Jeanne Martin", address: { city: "Lyon", country: "FR" } });
  });

  it("refuses a bad address with the field's reason, and a country the shop does not ship to", async () => {
    const { order, owner } = await physicalOrder();
    const missing = await saveDeliveryAddress(owner, { ...ADDRESS, line1: "  ", postalCode: "<script>" });
    expect(missing).toEqual({ ok: false, reason: "invalid", fieldErrors: { line1: "line1Required", postalCode: "postalCodeInvalid" } });
    expect(await saveDeliveryAddress(owner, { ...ADDRESS, country: "DE" })).toEqual({ ok: false, reason: "invalid", fieldErrors: { country: "countryNotShipped" } });
    // Unknown fields (a shipping amount from the browser) are refused, not ignored.
    expect(await saveDeliveryAddress(owner, { ...ADDRESS, shippingAmount: 0 })).toMatchObject({ ok: false, reason: "invalid" });
    // Someone else's cart cannot write the address.
    expect(await saveDeliveryAddress({ ...owner, cartId: "another-cart" }, ADDRESS)).toEqual({ ok: false, reason: "not_found" });
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).shippingAddress).toBeNull();
  });

  it("the address cannot change once the PaymentIntent exists (a declined card keeps it)", async () => {
    const { owner, card, order } = await physicalOrder();
    await saveDeliveryAddress(owner, ADDRESS);
    expect(await confirmOrderPayment({ ...owner, confirmationTokenId: await card("pm_card_chargeDeclined") })).toMatchObject({ status: "requires_payment_method" });
    expect(await saveDeliveryAddress(owner, { ...ADDRESS, city: "Paris" })).toEqual({ ok: false, reason: "closed" });
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).shippingAddress).toMatchObject({ city: "Lyon" });
  });
});
