import { describe, expect, it } from "vitest";
import { startCheckout } from "@/lib/checkout/start-checkout";
import { db } from "@/lib/db";
import { formatMoney } from "@/lib/i18n/format";
import { parseAmountToMinor } from "@/lib/money/parse-amount";
import { formatAmount } from "@/stripe-emulator/src/domain/money";
import { cartWith, createProduct, retrieveSession, sellingShop } from "../support/marketplace";
import { startEmulatorForFile } from "../support/stripe-emulator";

const stripe = startEmulatorForFile();
const plain = (text: string) => text.replace(/[\s\u202f\u00a0]/g, " ");

/** A seller types a price in the shop's currency; a buyer checks out one unit of it. */
async function checkoutAt(currency: string, typed: string, feeBps = 500) {
  const { shop, accountId } = await sellingShop(stripe, { currency, feeBps, feeFixed: 0 });
  const price = parseAmountToMinor(typed, currency, "fr");
  if (!price.ok) throw new Error(`price refused: ${price.error}`);
  const product = await createProduct(shop.id, { priceAmount: price.amount, currency, stock: 5 });
  const cart = await cartWith([{ productId: product.id, quantity: 1 }]);
  const result = await startCheckout({ cartId: cart.id, shopId: shop.id, buyer: null, locale: "fr" });
  if (!result.ok) throw new Error(`checkout refused: ${result.code}`);
  const order = await db.order.findUniqueOrThrow({ where: { id: result.orderId } });
  const session = await retrieveSession(stripe, order.checkoutSessionId!, accountId);
  return { order, session, product, shop };
}

describe("charging in every currency", () => {
  it("charges 1 500 HUF as 150000 Stripe minor units (not 100 times less)", async () => {
    const { order, session } = await checkoutAt("huf", "1500");
    expect(session).toMatchObject({ amount_total: 150_000, currency: "huf" });
    expect(order.subtotalAmount).toBe(150_000);
    expect(order.applicationFeeAmount).toBe(7_500);
    expect(plain(formatMoney(order.subtotalAmount, "huf", "fr"))).toBe("1 500 HUF");
    expect(plain(formatAmount(session.amount_total!, "huf", "fr"))).toMatch(/^1 500(,00)? HUF$/);
  });

  it("charges JPY in whole yen", async () => {
    const { order, session } = await checkoutAt("jpy", "3000");
    expect(session).toMatchObject({ amount_total: 3000, currency: "jpy" });
    expect(order.applicationFeeAmount).toBe(150);
    expect(formatMoney(order.subtotalAmount, "jpy", "en")).toBe("JP¥3,000");
  });

  it("charges a three-decimal currency in multiples of 10, fee included", async () => {
    const { order, session } = await checkoutAt("kwd", "5,12", 333);
    expect(session).toMatchObject({ amount_total: 5120, currency: "kwd" });
    expect(order.applicationFeeAmount).toBe(180);
    expect(plain(formatMoney(order.subtotalAmount, "kwd", "en"))).toBe("KWD 5.120");
  });

  it("refuses a total below Stripe's minimum before writing anything", async () => {
    const { shop } = await sellingShop(stripe);
    const product = await createProduct(shop.id, { priceAmount: 40, stock: 5 });
    const cart = await cartWith([{ productId: product.id, quantity: 1 }]);
    expect(await startCheckout({ cartId: cart.id, shopId: shop.id, buyer: null, locale: "fr" })).toEqual({ ok: false, code: "below_minimum" });
    expect(await db.order.count({ where: { shopId: shop.id } })).toBe(0);
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(5);
  });

  it("refuses a total above Stripe's maximum (and the 32-bit column) before writing anything", async () => {
    const { shop } = await sellingShop(stripe);
    const product = await createProduct(shop.id, { priceAmount: 99_999_999, stock: 50 });
    const cart = await cartWith([{ productId: product.id, quantity: 30 }]);
    expect(await startCheckout({ cartId: cart.id, shopId: shop.id, buyer: null, locale: "fr" })).toEqual({ ok: false, code: "above_maximum" });
    expect(await db.order.count({ where: { shopId: shop.id } })).toBe(0);
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(50);
  });
});
