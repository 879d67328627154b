import { db } from "@/lib/db";

/**
 * What an operator needs of the outbox: the failed messages (to retry) and those still waiting,
 * newest first, with counts. Sent mail is only counted.
 */
export async function listOutboxProblems(limit = 100) {
  const [messages, counts] = await Promise.all([
    db.emailMessage.findMany({
      where: { OR: [{ status: "FAILED" }, { status: "PENDING" }] },
      orderBy: [{ status: "asc" }, { createdAt: "desc" }],
      take: limit,
      select: { id: true, to: true, subject: true, status: true, attempts: true, lastError: true, createdAt: true, nextAttemptAt: true },
    }),
    db.emailMessage.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const count = (status: string) => counts.find((row) => row.status === status)?._count._all ?? 0;
  return { messages, failed: count("FAILED"), pending: count("PENDING"), sent: count("SENT") };
}

export type OutboxRow = Awaited<ReturnType<typeof listOutboxProblems>>["messages"][number];
