import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { getCurrentCartId } from "@/lib/cart/current";
import { confirmOrderPayment } from "@/lib/checkout/payment-intent";
import { isSameOrigin } from "@/lib/http/same-origin";
import { logger } from "@/lib/logger";

/**
 * The browser sends only the order's reference and a ConfirmationToken id (strict: an amount, a
 * currency or anything else is refused). Everything else the server reads from the order.
 */
const confirmSchema = z
  .object({
    orderId: z.string().min(1).max(64),
    confirmationTokenId: z
      .string()
      .regex(/^ctoken_[A-Za-z0-9_]{4,200}$/)
      .optional(),
  })
  .strict();

const HTTP_STATUS = { not_found: 404, closed: 409, address_required: 409, error: 503 } as const;

/** The Payment Element's server-side confirmation (lib/checkout/payment-intent.ts): answers the PaymentIntent's status. */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return Response.json({ status: "forbidden" }, { status: 403 });
  const parsed = confirmSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ status: "invalid", error: "orderId and an optional confirmationTokenId only" }, { status: 400 });
  try {
    const [cartId, user] = await Promise.all([getCurrentCartId(), getCurrentUser()]);
    const answer = await confirmOrderPayment({ ...parsed.data, cartId, buyerId: user?.id ?? null });
    const status = answer.status in HTTP_STATUS ? HTTP_STATUS[answer.status as keyof typeof HTTP_STATUS] : 200;
    return Response.json(answer, { status, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    logger.error("payment confirmation failed", { orderId: parsed.data.orderId, error });
    return Response.json({ status: "error", retryable: true }, { status: 503 });
  }
}
