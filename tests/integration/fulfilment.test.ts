import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { markFulfilment } from "@/lib/shipping/fulfilment";
import { listSellerOrders } from "@/lib/seller/orders";
import { createSeller, createShopFor } from "../support/factories";

async function paidOrder(status: "PAID" | "PENDING" = "PAID", requiresShipping = true) {
  const seller = await createSeller();
  const shop = await createShopFor(seller.id);
  const buyer = await db.user.create({ data: { email: `b-${Math.random().toString(36).slice(2)}@example.com` } });
  const order = await db.order.create({
    data: { shopId: shop.id, buyerId: buyer.id, status, subtotalAmount: 3000, shippingAmount: 690, requiresShipping, applicationFeeAmount: 150, currency: "eur", locale: "en" },
  });
  return { shop, order, buyer };
}

describe("the seller fulfils an order", () => {
  it("marks it shipped with carrier and tracking, emails the buyer once, and it leaves the to-ship list", async () => {
    const { shop, order, buyer } = await paidOrder();
    expect((await listSellerOrders(shop.id, 1, "to_ship")).orders.map((o) => o.id)).toEqual([order.id]);

    const input = { status: "SHIPPED", carrier: "Colissimo", trackingNumber: "6A12345" };
    const results = await Promise.all([markFulfilment(shop.id, order.id, input), markFulfilment(shop.id, order.id, input)]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ fulfilmentStatus: "SHIPPED", carrier: "Colissimo", trackingNumber: "6A12345" });
    const emails = await db.emailMessage.findMany({ where: { orderId: order.id } });
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ to: buyer.email, kind: "order-shipped" });
    expect(emails[0]!.text).toContain("6A12345");
    expect((await listSellerOrders(shop.id, 1, "to_ship")).orders).toHaveLength(0);

    expect(await markFulfilment(shop.id, order.id, { status: "DELIVERED" })).toEqual({ ok: true });
    // Delivered is final: it cannot go back to shipped.
    expect(await markFulfilment(shop.id, order.id, input)).toEqual({ ok: false, error: "notFulfillable" });
    expect(await db.emailMessage.count({ where: { orderId: order.id } })).toBe(2);
  });

  it("refuses a missing tracking number, an unpaid order and another shop's order, writing nothing", async () => {
    const { shop, order } = await paidOrder();
    expect(await markFulfilment(shop.id, order.id, { status: "SHIPPED", carrier: "DHL", trackingNumber: " " })).toMatchObject({ ok: false, error: "invalid", field: "trackingNumber" });
    const unpaid = await paidOrder("PENDING");
    expect(await markFulfilment(unpaid.shop.id, unpaid.order.id, { status: "READY_FOR_PICKUP" })).toEqual({ ok: false, error: "notFulfillable" });
    expect(await markFulfilment(unpaid.shop.id, order.id, { status: "DELIVERED" })).toEqual({ ok: false, error: "notFulfillable" });
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ fulfilmentStatus: null });
    expect(await db.emailMessage.count({ where: { orderId: { in: [order.id, unpaid.order.id] } } })).toBe(0);
  });
});
