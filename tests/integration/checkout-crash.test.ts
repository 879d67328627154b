import { afterEach, describe, expect, it, vi } from "vitest";
import { startCheckout } from "@/lib/checkout/start-checkout";
import { sweepOverdueCheckouts } from "@/lib/checkout/sweep";
import { db } from "@/lib/db";
import { cartWith, createProduct, sellingShop } from "../support/marketplace";
import { startEmulatorForFile } from "../support/stripe-emulator";

const stripe = startEmulatorForFile();
const stockOf = async (id: string) => (await db.product.findUniqueOrThrow({ where: { id } })).stock;

/** The database refuses transactions from the n-th one on (Prisma's "Unable to start a transaction in the given time"). */
function failTransactionsFrom(n: number, until = Infinity) {
  // `db` is a lazy proxy: the spy goes on the client it forwards to.
  const client = (globalThis as unknown as { connected: { client: typeof db } }).connected.client;
  const real = client.$transaction.bind(client);
  let calls = 0;
  return vi.spyOn(client, "$transaction").mockImplementation(((...args: Parameters<typeof db.$transaction>) => {
    calls += 1;
    if (calls >= n && calls < until) return Promise.reject(new Error("Transaction API error: Unable to start a transaction in the given time."));
    return (real as (...a: unknown[]) => unknown)(...args);
  }) as typeof db.$transaction);
}

afterEach(() => vi.restoreAllMocks());

async function setup() {
  const { shop, accountId } = await sellingShop(stripe);
  const product = await createProduct(shop.id, { priceAmount: 2000, stock: 5 });
  const cart = await cartWith([{ productId: product.id, quantity: 2 }]);
  return { shop, accountId, product, start: () => startCheckout({ cartId: cart.id, shopId: shop.id, buyer: null, locale: "fr" }) };
}

const openSessions = async (accountId: string) => (await stripe.stripe.checkout.sessions.list({ status: "open" }, { stripeAccount: accountId })).data;

describe("a database failure after Stripe succeeded", () => {
  it("expires the session before the order is canceled and its stock released", async () => {
    const { shop, accountId, product, start } = await setup();
    failTransactionsFrom(2, 3); // the reservation commits; saving the session's id fails once
    expect(await start()).toEqual({ ok: false, code: "unknown" });
    expect(await openSessions(accountId)).toEqual([]);
    expect(await db.order.findFirstOrThrow({ where: { shopId: shop.id } })).toMatchObject({ status: "CANCELED" });
    expect(await stockOf(product.id)).toBe(5);
  });

  it("with the database still down, leaves no payable session and the order to the sweep", async () => {
    const { shop, accountId, product, start } = await setup();
    const spy = failTransactionsFrom(2);
    expect(await start()).toEqual({ ok: false, code: "unknown" });
    spy.mockRestore();
    expect(await openSessions(accountId)).toEqual([]);
    const order = await db.order.findFirstOrThrow({ where: { shopId: shop.id } });
    expect(order.status).toBe("PENDING");
    expect(await stockOf(product.id)).toBe(3);

    await sweepOverdueCheckouts({ now: new Date(order.reservedUntil!.getTime() + 1000) });
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("CANCELED");
    expect(await stockOf(product.id)).toBe(5);
  });
});
