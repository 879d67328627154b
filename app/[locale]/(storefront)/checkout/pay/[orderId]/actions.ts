"use server";

import { redirect } from "next/navigation";
import type { DeliveryAddressState } from "@/components/checkout/delivery-address-form";
import { getCurrentUser } from "@/lib/auth/session";
import { getCurrentCartId } from "@/lib/cart/current";
import { saveDeliveryAddress } from "@/lib/shipping/delivery-address";

const field = (data: FormData, key: string) => {
  const value = data.get(key);
  return typeof value === "string" ? value : undefined;
};

/** The Payment Element page's delivery address (validated by lib/shipping/delivery-address.ts). */
export async function saveDeliveryAddressAction(orderId: string, _state: DeliveryAddressState, data: FormData): Promise<DeliveryAddressState> {
  const [cartId, user] = await Promise.all([getCurrentCartId(), getCurrentUser()]);
  const input = { name: field(data, "name"), line1: field(data, "line1"), line2: field(data, "line2"), postalCode: field(data, "postalCode"), city: field(data, "city"), country: field(data, "country") };
  const result = await saveDeliveryAddress({ orderId, cartId, buyerId: user?.id ?? null }, input);
  if (result.ok) redirect(`/checkout/pay/${encodeURIComponent(orderId)}`);
  // Given back as typed (trimmed to the fields' sizes) so the buyer corrects rather than retypes.
  const values = Object.fromEntries(Object.entries(input).map(([key, value]) => [key, (value ?? "").slice(0, 200)])) as NonNullable<DeliveryAddressState>["values"];
  return result.reason === "invalid" ? { fieldErrors: result.fieldErrors, values } : { error: result.reason, values };
}
