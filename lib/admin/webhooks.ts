import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { StripeEventStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { replayStripeEvent } from "@/lib/webhooks/replay";

export const WEBHOOK_PAGE_SIZE = 25;
export const EVENT_STATUSES = ["PROCESSING", "PROCESSED", "IGNORED", "FAILED"] as const satisfies readonly StripeEventStatus[];

export type WebhookFilters = { type?: string; status?: StripeEventStatus; account?: string; page: number };

const filtersSchema = z.object({
  type: z.string().trim().regex(/^[a-z0-9_.]{1,100}$/).optional().catch(undefined),
  status: z.enum(EVENT_STATUSES).optional().catch(undefined),
  // "platform" selects the platform's own events (no account).
  account: z.string().trim().regex(/^(acct_[A-Za-z0-9_]{1,100}|platform)$/).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export function parseWebhookFilters(params: Record<string, string | string[] | undefined>): WebhookFilters {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;
  return filtersSchema.parse({ type: first(params.type), status: first(params.status), account: first(params.account), page: first(params.page) ?? 1 });
}

export function webhookQuery(filters: Partial<WebhookFilters>, extra: Record<string, string | number | undefined> = {}): string {
  const query = new URLSearchParams();
  if (filters.type) query.set("type", filters.type);
  if (filters.status) query.set("status", filters.status);
  if (filters.account) query.set("account", filters.account);
  if (filters.page && filters.page > 1) query.set("page", String(filters.page));
  for (const [key, value] of Object.entries(extra)) if (value !== undefined && value !== "") query.set(key, String(value));
  const text = query.toString();
  return text ? `?${text}` : "";
}

/** The event log, newest first, a page at a time (the payload is left out: it can be large). */
export async function listStripeEvents(filters: WebhookFilters) {
  const where: Prisma.StripeEventWhereInput = {
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.account ? { account: filters.account === "platform" ? null : filters.account } : {}),
  };
  const [total, types, counts] = await Promise.all([
    db.stripeEvent.count({ where }),
    db.stripeEvent.findMany({ distinct: ["type"], select: { type: true }, orderBy: { type: "asc" } }),
    db.stripeEvent.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const pages = Math.max(1, Math.ceil(total / WEBHOOK_PAGE_SIZE));
  const page = Math.min(filters.page, pages);
  const events = await db.stripeEvent.findMany({
    where,
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * WEBHOOK_PAGE_SIZE,
    take: WEBHOOK_PAGE_SIZE,
    select: { id: true, type: true, account: true, status: true, attempts: true, lastError: true, receivedAt: true, processedAt: true, stripeCreated: true },
  });
  const byStatus = Object.fromEntries(EVENT_STATUSES.map((status) => [status, counts.find((c) => c.status === status)?._count._all ?? 0])) as Record<
    StripeEventStatus,
    number
  >;
  return { events, total, page, pages, types: types.map((row) => row.type), byStatus };
}

export type ReplayOutcome = "processed" | "duplicate" | "ignored" | "not_found" | "no_payload" | "failed";
export const REPLAY_OUTCOMES = ["processed", "duplicate", "ignored", "not_found", "no_payload", "failed"] as const satisfies readonly ReplayOutcome[];

/**
 * Runs a recorded event again through its (idempotent) handler. A handler that throws again leaves
 * the event FAILED with the new error, which the log shows; the operator gets "failed".
 */
export async function replayEvent(eventId: string): Promise<ReplayOutcome> {
  try {
    return await replayStripeEvent(eventId);
  } catch (error) {
    logger.warn("replay failed", { eventId, error });
    return "failed";
  }
}
