import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/prisma-errors";

/**
 * Slows down password guessing per email address, with the state in PostgreSQL so every app
 * instance sees the same counts. Unknown emails are throttled exactly like known ones, so the
 * answer never tells whether an account exists.
 */
export const FREE_ATTEMPTS = 5;
const WINDOW_MS = 15 * 60_000;
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 15 * 60_000;

/** Delay imposed after `failures` consecutive failures: none for the first few, then doubling. */
export function delayAfterFailures(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(BASE_DELAY_MS * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_MS);
}

/** Seconds the caller must still wait before trying this email again (0 = may try now). */
export async function secondsUntilAllowed(email: string, now = new Date()): Promise<number> {
  const row = await db.signInThrottle.findUnique({ where: { email } });
  if (!row?.blockedUntil || row.blockedUntil <= now) return 0;
  return Math.ceil((row.blockedUntil.getTime() - now.getTime()) / 1000);
}

export async function recordFailure(email: string, now = new Date()): Promise<void> {
  // Failures older than the window no longer count; then one atomic increment, so concurrent
  // failures seen by several instances all count.
  await db.signInThrottle.updateMany({
    where: { email, lastFailedAt: { lt: new Date(now.getTime() - WINDOW_MS) } },
    data: { failures: 0, blockedUntil: null },
  });
  const row = await incrementFailures(email, now);
  const delay = delayAfterFailures(row.failures);
  if (delay) {
    await db.signInThrottle.update({ where: { email }, data: { blockedUntil: new Date(now.getTime() + delay) } });
  }
}

// Not an upsert: Prisma's upsert reads then writes, and loses increments when requests race.
async function incrementFailures(email: string, now: Date) {
  try {
    return await db.signInThrottle.create({ data: { email, failures: 1, lastFailedAt: now } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  return db.signInThrottle.update({ where: { email }, data: { failures: { increment: 1 }, lastFailedAt: now } });
}

export async function clearFailures(email: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { email } });
}
