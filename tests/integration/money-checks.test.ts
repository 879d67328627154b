import { describe, expect, it } from "vitest";
import { feeAgreement, moneyAlerts } from "@/lib/admin/money-checks";
import { db } from "@/lib/db";
import { createSeller, createShopFor } from "../support/factories";

const DAY = 86_400_000;

async function paidOrder(shopId: string, fee: number, ledgerFee: number | null) {
  const order = await db.order.create({
    data: { shopId, status: "PAID", subtotalAmount: 10_000, applicationFeeAmount: fee, currency: "eur", paidAt: new Date(Date.now() - DAY) },
  });
  if (ledgerFee !== null) {
    await db.applicationFeeRecord.create({
      data: { stripeFeeId: `fee_${order.id}`, stripeAccount: "acct_x", chargeId: `ch_${order.id}`, orderId: order.id, amount: ledgerFee, currency: "eur", stripeCreated: new Date() },
    });
  }
  return order;
}

describe("the overview's fees and the fee ledger", () => {
  it("agree, or the page is told why not (orders missing from the ledger, amounts that differ)", async () => {
    const shop = await createShopFor((await createSeller()).id);
    await paidOrder(shop.id, 530, 530);
    const start = new Date(Date.now() - 7 * DAY);
    const end = new Date(Date.now() + DAY);
    expect((await feeAgreement(start, end)).get("eur")).toEqual({ currency: "eur", orders: 530, ledger: 530, missing: 0, mismatched: 0 });

    await paidOrder(shop.id, 120, null);
    await paidOrder(shop.id, 200, 150);
    expect((await feeAgreement(start, end)).get("eur")).toEqual({ currency: "eur", orders: 850, ledger: 680, missing: 1, mismatched: 1 });
  });

  it("lists payments on closed orders and failed refunds for the operator", async () => {
    const shop = await createShopFor((await createSeller()).id);
    const order = await db.order.create({ data: { shopId: shop.id, status: "CANCELED", subtotalAmount: 5000, applicationFeeAmount: 280, currency: "eur" } });
    await db.orderEvent.create({ data: { orderId: order.id, type: "payment_on_closed_order", detail: "refund", stripeRef: "pi_x" } });
    const paid = await paidOrder(shop.id, 100, 100);
    await db.refund.create({ data: { orderId: paid.id, stripeRefundId: "re_failed", amount: 300, status: "failed", failureReason: "expired_or_canceled_card" } });
    const alerts = await moneyAlerts();
    expect(alerts.map((a) => [a.kind, a.orderId, a.detail])).toEqual(
      expect.arrayContaining([
        ["late_payment", order.id, "refund"],
        ["refund_failed", paid.id, "expired_or_canceled_card"],
      ]),
    );
  });
});
