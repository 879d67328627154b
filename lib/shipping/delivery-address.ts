import { z } from "zod";
import { db } from "@/lib/db";
import { shippingTranslator } from "@/lib/i18n/shipping-translator";
import { recordOrderEvent } from "@/lib/orders/timeline";
import { deliveryAddressSchema } from "@/lib/validations/shipping";
import type { DeliveryAddress } from "./from-session";

export type DeliveryAddressResult = { ok: true } | { ok: false; reason: "not_found" | "closed" } | { ok: false; reason: "invalid"; fieldErrors: Record<string, string> };

/**
 * The Payment Element experience asks the delivery address on our own page (the emulator's
 * Stripe.js has no Address Element). The address is validated here, on the server; the rate and
 * its amount are the order's, decided when the attempt started (lib/shipping/rates.ts), so the
 * browser never says what shipping costs. It can change only until the PaymentIntent exists: the
 * PaymentIntent is created with it (its `shipping`), and Stripe's answer is what the order keeps.
 */
export async function saveDeliveryAddress(
  owner: { orderId: string; cartId: string | null; buyerId: string | null },
  input: unknown,
): Promise<DeliveryAddressResult> {
  const order = await db.order.findUnique({
    where: { id: owner.orderId },
    select: { id: true, cartId: true, buyerId: true, status: true, paymentExperience: true, requiresShipping: true, paymentIntentId: true, shippingCountries: true, shippingAmount: true, locale: true },
  });
  const own = order && ((order.cartId !== null && order.cartId === owner.cartId) || (order.buyerId !== null && order.buyerId === owner.buyerId));
  if (!order || !own || order.paymentExperience !== "payment_element" || !order.requiresShipping) return { ok: false, reason: "not_found" };
  if (order.status !== "PENDING" || order.paymentIntentId) return { ok: false, reason: "closed" };

  const parsed = deliveryAddressSchema(order.shippingCountries).safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const a = parsed.data;
  const address: DeliveryAddress = { line1: a.line1, line2: a.line2 || null, postal_code: a.postalCode, city: a.city, state: null, country: a.country };
  const t = shippingTranslator(order.locale);
  const saved = await db.$transaction(async (tx) => {
    const moved = await tx.order.updateMany({
      where: { id: order.id, status: "PENDING", paymentIntentId: null },
      data: { shippingName: a.name, shippingAddress: address, shippingRateName: order.shippingAmount === 0 ? t("rateFree") : t("rateFlat") },
    });
    if (moved.count === 1) await recordOrderEvent(tx, order.id, { type: "delivery_address", detail: a.country });
    return moved.count === 1;
  });
  return saved ? { ok: true } : { ok: false, reason: "closed" };
}

function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    errors[key] ??= issue.message;
  }
  return errors;
}
