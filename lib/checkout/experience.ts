import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";

type Tx = Prisma.TransactionClient;

/** How buyers pay a shop: Stripe's hosted page, embedded Checkout on ours, or the Payment Element confirmed on the server. */
export const PAYMENT_EXPERIENCES = ["hosted", "embedded", "payment_element"] as const;
export type PaymentExperience = (typeof PAYMENT_EXPERIENCES)[number];
export const paymentExperienceSchema = z.enum(PAYMENT_EXPERIENCES);

function parse(value: string | null | undefined): PaymentExperience | null {
  const parsed = paymentExperienceSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The experience a new checkout attempt of this shop uses: the shop's override, else the platform's setting. */
export async function paymentExperienceFor(shop: { paymentExperience: string | null }, tx: Tx = db): Promise<PaymentExperience> {
  const own = parse(shop.paymentExperience);
  if (own) return own;
  const settings = await tx.platformSettings.findUnique({ where: { id: 1 }, select: { paymentExperience: true } });
  return parse(settings?.paymentExperience) ?? "hosted";
}

export async function platformPaymentExperience(): Promise<PaymentExperience> {
  const settings = await db.platformSettings.findUnique({ where: { id: 1 }, select: { paymentExperience: true } });
  return parse(settings?.paymentExperience) ?? "hosted";
}

export async function setPlatformPaymentExperience(value: PaymentExperience): Promise<void> {
  await db.platformSettings.upsert({ where: { id: 1 }, create: { id: 1, paymentExperience: value }, update: { paymentExperience: value } });
}

/** null gives the shop back the platform's setting. */
export async function setShopPaymentExperience(shopId: string, value: PaymentExperience | null): Promise<boolean> {
  const moved = await db.shop.updateMany({ where: { id: shopId }, data: { paymentExperience: value } });
  return moved.count === 1;
}
