import type Stripe from "stripe";
import type { Prisma } from "@/generated/prisma/client";
import { recordOrderEvent } from "@/lib/orders/timeline";

type Tx = Prisma.TransactionClient;

export const CLOSED_DISPUTE_STATUSES = ["won", "lost", "warning_closed", "prevented"];

/** How far along a dispute is: a later stage always wins, whatever order the events came in. */
function stage(status: string): number {
  if (CLOSED_DISPUTE_STATUSES.includes(status)) return 2;
  if (status.endsWith("under_review")) return 1;
  return 0;
}

export type DisputeApplied = "created" | "updated" | "stale";

/**
 * Records what a `charge.dispute.*` event says about an order's dispute. Every event carries the
 * whole dispute, so the first one to arrive (even `closed` before `created`) writes the row; a
 * later one only moves it forward: a higher stage, or the same stage from a newer event. A closed
 * dispute never reopens. The row is locked by the conditional UPDATE, so concurrent copies and
 * replays have one effect.
 */
export async function applyDisputeEvent(tx: Tx, orderId: string, dispute: Stripe.Dispute, eventCreated: number): Promise<DisputeApplied> {
  const at = new Date(eventCreated * 1000);
  const fields = {
    amount: dispute.amount,
    currency: dispute.currency,
    reason: dispute.reason,
    status: dispute.status,
    evidenceDueBy: dispute.evidence_details?.due_by ? new Date(dispute.evidence_details.due_by * 1000) : null,
    lastEventAt: at,
    closedAt: stage(dispute.status) === 2 ? at : null,
  };
  const chargeId = typeof dispute.charge === "string" ? dispute.charge : dispute.charge.id;
  const inserted = await tx.dispute.createMany({ data: [{ id: dispute.id, orderId, chargeId, ...fields }], skipDuplicates: true });
  if (inserted.count === 1) {
    await recordOrderEvent(tx, orderId, { type: "dispute", stripeRef: dispute.id, detail: `${dispute.status} ${dispute.reason} ${dispute.amount}` });
    return "created";
  }
  const current = await tx.dispute.findUniqueOrThrow({ where: { id: dispute.id }, select: { status: true, lastEventAt: true } });
  const newer = stage(dispute.status) > stage(current.status) || (stage(dispute.status) === stage(current.status) && stage(current.status) < 2 && at >= current.lastEventAt);
  if (!newer || current.status === dispute.status) return "stale";
  // Conditional on the status read: a concurrent writer that moved it first makes this one stale.
  const moved = await tx.dispute.updateMany({ where: { id: dispute.id, status: current.status }, data: fields });
  if (moved.count === 0) return "stale";
  await recordOrderEvent(tx, orderId, { type: "dispute", stripeRef: dispute.id, detail: `${current.status} -> ${dispute.status}` });
  return "updated";
}
