import type Stripe from "stripe";
import { db } from "@/lib/db";
import { STRIPE_TX_OPTIONS } from "@/lib/db-transactions";
import type { Prisma } from "@/generated/prisma/client";

export type EventHandler = (event: Stripe.Event, tx: Prisma.TransactionClient) => Promise<void>;
export type EventHandlers = Partial<Record<Stripe.Event.Type, EventHandler>>;
export type ProcessResult = "processed" | "duplicate" | "ignored";

/**
 * Applies an event exactly once, however often and in whatever order Stripe delivers it:
 * - the event is recorded by id (a unique key) before anything else;
 * - its row is locked for the whole handling, so concurrent copies wait, then see it processed;
 * - the handler's writes and the "processed" mark commit in the same transaction, so a failure
 *   leaves nothing half-done and the retry (Stripe's, or a replay) starts clean.
 * Events no handler wants are recorded as ignored.
 */
export async function processStripeEvent(
  event: Stripe.Event,
  handlers: EventHandlers,
  options: { replay?: boolean } = {},
): Promise<ProcessResult> {
  const handler = handlers[event.type];
  await db.stripeEvent.createMany({
    data: [
      {
        id: event.id,
        type: event.type,
        account: event.account ?? null,
        stripeCreated: new Date(event.created * 1000),
        status: handler ? "PROCESSING" : "IGNORED",
        payload: event as unknown as Prisma.InputJsonValue,
      },
    ],
    skipDuplicates: true,
  });
  if (!handler) return "ignored";

  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.stripeEvent.update({ where: { id: event.id }, data: { attempts: { increment: 1 } } });
      // A replay (by an operator) runs the handler again: handlers are idempotent by design.
      if (row.status === "PROCESSED" && !options.replay) return "duplicate";
      await handler(event, tx);
      await tx.stripeEvent.update({
        where: { id: event.id },
        data: { status: "PROCESSED", processedAt: new Date(), lastError: null },
      });
      return "processed";
    }, STRIPE_TX_OPTIONS);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.stripeEvent
      .update({ where: { id: event.id }, data: { status: "FAILED", lastError: message.slice(0, 2000), attempts: { increment: 1 } } })
      .catch(() => {});
    throw error;
  }
}
