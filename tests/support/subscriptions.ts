import { startCheckout } from "@/lib/checkout/start-checkout";
import { db } from "@/lib/db";
import { cartWith, createProduct, sellingShop } from "./marketplace";
import type { EmulatorHarness } from "./stripe-emulator";

export const createBuyer = () =>
  db.user.create({ data: { email: `buyer-${Math.random().toString(36).slice(2, 8)}@example.com`, role: "BUYER", name: "Ana" } });

/** A buyer's checkout of coffee every week (12 €) and a grinder once (30 €), in one cart: started, not paid. */
export async function startMixedCart(stripe: EmulatorHarness) {
  const seller = await sellingShop(stripe);
  const coffee = await createProduct(seller.shop.id, { name: "Café", priceAmount: 1200 });
  await db.product.update({ where: { id: coffee.id }, data: { recurringInterval: "week", recurringIntervalCount: 1 } });
  const grinder = await createProduct(seller.shop.id, { name: "Moulin", priceAmount: 3000, stock: 5 });
  const buyer = await createBuyer();
  const cart = await cartWith([{ productId: coffee.id, quantity: 1 }, { productId: grinder.id, quantity: 1 }], buyer.id);
  const started = await startCheckout({ cartId: cart.id, shopId: seller.shop.id, buyer: { id: buyer.id, email: buyer.email }, locale: "fr" });
  if (!started.ok) throw new Error(started.code);
  const order = await db.order.findUniqueOrThrow({ where: { id: started.orderId } });
  return { ...seller, buyer, order, started, coffee, grinder };
}
