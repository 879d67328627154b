import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { renderEmail } from "@/lib/email/render";
import { getEnv } from "@/lib/env";
import { shippingTranslator } from "@/lib/i18n/shipping-translator";
import { recordOrderEvent } from "@/lib/orders/timeline";
import { fulfilmentSchema, type FulfilmentInput } from "@/lib/validations/shipping";

export type FulfilmentStatus = FulfilmentInput["status"];
export type FulfilmentResult = { ok: true } | { ok: false; error: "invalid"; field?: string; message?: string } | { ok: false; error: "notFulfillable" };

/** Orders the seller can mark: paid (refunded in part still ships the rest). */
const FULFILLABLE = ["PAID", "PARTIALLY_REFUNDED"] as const;

/** From which states each mark may be set: forward only, and a shipment's tracking can be corrected. */
const FROM: Record<FulfilmentStatus, (string | null)[]> = {
  SHIPPED: [null, "SHIPPED"],
  READY_FOR_PICKUP: [null],
  DELIVERED: [null, "SHIPPED", "READY_FOR_PICKUP"],
};

/**
 * The seller says the order left (carrier and tracking), was delivered or is ready for pickup.
 * A conditional UPDATE on the current mark keeps two clicks (or two sellers' tabs) to one effect;
 * the buyer's email is written to the outbox in the same transaction, once per mark (dedupe key).
 */
export async function markFulfilment(shopId: string, orderId: string, raw: unknown): Promise<FulfilmentResult> {
  const parsed = fulfilmentSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: "invalid", field: issue?.path.join("."), message: issue?.message };
  }
  const input = parsed.data;
  return db.$transaction(async (tx) => {
    const moved = await tx.order.updateMany({
      where: {
        id: orderId,
        shopId,
        status: { in: [...FULFILLABLE] },
        OR: FROM[input.status].map((from) => ({ fulfilmentStatus: from })),
      },
      data: {
        fulfilmentStatus: input.status,
        fulfilledAt: new Date(),
        ...(input.status === "SHIPPED" ? { carrier: input.carrier, trackingNumber: input.trackingNumber } : {}),
      },
    });
    if (moved.count === 0) return { ok: false, error: "notFulfillable" } as const;
    await recordOrderEvent(tx, orderId, { type: "fulfilment", detail: input.status === "SHIPPED" ? `SHIPPED ${input.carrier} ${input.trackingNumber}` : input.status });
    await enqueueFulfilmentEmail(tx, orderId, input);
    return { ok: true } as const;
  });
}

async function enqueueFulfilmentEmail(tx: Prisma.TransactionClient, orderId: string, input: FulfilmentInput) {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { id: true, locale: true, guestEmail: true, checkoutSessionId: true, buyer: { select: { email: true } }, shop: { select: { name: true } } },
  });
  const to = order.buyer?.email ?? order.guestEmail;
  if (!to) return;
  const t = shippingTranslator(order.locale);
  const vars = { order: order.id.slice(-8).toUpperCase(), shop: order.shop.name, carrier: input.status === "SHIPPED" ? input.carrier : "", tracking: input.status === "SHIPPED" ? input.trackingNumber : "" };
  const name = ({ SHIPPED: "shipped", DELIVERED: "delivered", READY_FOR_PICKUP: "pickup" } as const)[input.status];
  const [subjectKey, bodyKey] = [`emails.${name}Subject`, `emails.${name}Body`] as const;
  const subject = t(subjectKey, vars);
  const body = t(bodyKey, vars);
  const appUrl = getEnv().APP_URL;
  const link = order.buyer ? `${appUrl}/orders/${order.id}` : order.checkoutSessionId ? `${appUrl}/checkout/success?session_id=${order.checkoutSessionId}` : `${appUrl}/account`;
  // A corrected tracking number is a new shipment notice; the same one twice is not.
  const key = input.status === "SHIPPED" ? `fulfilment:${orderId}:SHIPPED:${input.trackingNumber}` : `fulfilment:${orderId}:${input.status}`;
  await tx.emailMessage.createMany({
    data: [
      {
        dedupeKey: key,
        kind: `order-${input.status.toLowerCase().replaceAll("_", "-")}`,
        orderId,
        to,
        subject,
        ...renderEmail({ heading: subject, intro: body, lines: [], total: "", cta: { label: t("emails.viewOrder"), url: link }, footer: t("emails.footer") }),
      },
    ],
    skipDuplicates: true,
  });
}
