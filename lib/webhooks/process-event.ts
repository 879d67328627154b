import type Stripe from "stripe";
import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { connectHandlers } from "./connect-handlers";
import { platformHandlers } from "./platform-handlers";

/**
 * A handler reads what it needs from Stripe first (no connection held, no lock), then returns the
 * short transaction that applies it, or nothing when its work is done. Throwing asks for a retry
 * (with back-off, by the queue), e.g. when the event arrived before what it refers to.
 */
export type ApplyEvent = (tx: Prisma.TransactionClient) => Promise<void>;
export type EventHandler = (event: Stripe.Event) => Promise<ApplyEvent | void>;
export type EventHandlers = Partial<Record<Stripe.Event.Type, EventHandler>>;
export type WebhookEndpoint = "connect" | "platform";
export type ProcessResult = "processed" | "duplicate" | "ignored";

/**
 * The apply transaction holds no Stripe call, so it is short; these bounds only leave room for a
 * busy machine (a wait for a pooled connection, or for a concurrent copy's row lock).
 */
const APPLY_TX_OPTIONS = { maxWait: 10_000, timeout: 10_000 } as const;

export const ENDPOINT_HANDLERS: Record<WebhookEndpoint, EventHandlers> = { connect: connectHandlers, platform: platformHandlers };

/** Connect events carry their account; the platform's own do not. */
export const endpointOf = (event: Pick<Stripe.Event, "account">): WebhookEndpoint => (event.account ? "connect" : "platform");

/**
 * Applies a recorded event exactly once, however often and in whatever order it is delivered or
 * retried: the event's row is locked for the short apply transaction, so concurrent copies wait,
 * then see it processed; the handler's writes and the "processed" mark commit together, so a
 * failure leaves nothing half-done. A replay (by an operator) applies again: handlers are
 * idempotent (conditional, forward-only updates).
 *
 * A failure is recorded on the row (attempts, last error) and thrown for the queue to retry;
 * `final` (the queue's last attempt) marks the event FAILED for operators to see and replay.
 */
export async function processStripeEvent(
  eventId: string,
  endpoint: WebhookEndpoint,
  options: { replay?: boolean; final?: boolean } = {},
): Promise<ProcessResult> {
  const row = await db.stripeEvent.findUnique({ where: { id: eventId }, select: { status: true, payload: true } });
  if (!row?.payload) throw new Error(`Stripe event ${eventId} is not recorded`);
  if (row.status === "PROCESSED" && !options.replay) return "duplicate";
  const event = row.payload as unknown as Stripe.Event;
  const handler = ENDPOINT_HANDLERS[endpoint][event.type];
  if (!handler) return "ignored";

  try {
    const apply = await handler(event);
    return await db.$transaction(async (tx) => {
      const locked = await tx.stripeEvent.update({ where: { id: eventId }, data: { attempts: { increment: 1 } }, select: { status: true } });
      if (locked.status === "PROCESSED" && !options.replay) return "duplicate";
      if (apply) await apply(tx);
      await tx.stripeEvent.update({ where: { id: eventId }, data: { status: "PROCESSED", processedAt: new Date(), lastError: null } });
      return "processed";
    }, APPLY_TX_OPTIONS);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.stripeEvent
      .updateMany({
        where: { id: eventId, status: { not: "PROCESSED" } },
        data: { status: options.final ? "FAILED" : "PROCESSING", lastError: message.slice(0, 2000), attempts: { increment: 1 } },
      })
      .catch(() => {});
    throw error;
  }
}
