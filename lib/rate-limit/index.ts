import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/prisma-errors";

/**
 * Growing delays rather than lock-outs: the first `free` hits within `windowMs` of each other cost
 * nothing; each further hit makes the subject wait `baseDelayMs`, doubled per hit, never more than
 * `maxDelayMs`. A quiet period of `windowMs` (after the last delay ended) forgets everything. State lives in PostgreSQL (the
 * RateLimit table), so every web instance counts the same hits.
 */
export type RateLimitPolicy = { name: string; free: number; windowMs: number; baseDelayMs: number; maxDelayMs: number };

export type RateLimitVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

export function delayAfterHits(policy: RateLimitPolicy, hits: number): number {
  if (hits < policy.free) return 0;
  return Math.min(policy.baseDelayMs * 2 ** Math.min(hits - policy.free, 30), policy.maxDelayMs);
}

/** Subjects are stored hashed: the table holds no emails or addresses. */
export function rateLimitKey(policy: RateLimitPolicy, subject: string): string {
  return `${policy.name}:${createHash("sha256").update(subject.toLowerCase()).digest("base64url")}`;
}

/** Seconds `subject` must still wait under `policy` (0 = may go ahead). */
export async function secondsToWait(policy: RateLimitPolicy, subject: string, now = new Date()): Promise<number> {
  const row = await db.rateLimit.findUnique({ where: { key: rateLimitKey(policy, subject) }, select: { blockedUntil: true } });
  if (!row?.blockedUntil || row.blockedUntil <= now) return 0;
  return Math.ceil((row.blockedUntil.getTime() - now.getTime()) / 1000);
}

/** Counts one hit (a failed sign-in, a sign-up, a checkout start) and returns the hits so far. */
export async function recordHit(policy: RateLimitPolicy, subject: string, now = new Date()): Promise<number> {
  const key = rateLimitKey(policy, subject);
  // Hits are forgotten once the subject was quiet for a whole window after its last hit and after
  // its last delay ended (so delays longer than the window still grow); then one atomic increment,
  // so concurrent hits seen by several instances all count.
  const cutoff = new Date(now.getTime() - policy.windowMs);
  await db.rateLimit.updateMany({
    where: { key, lastHitAt: { lt: cutoff }, OR: [{ blockedUntil: null }, { blockedUntil: { lt: cutoff } }] },
    data: { hits: 0, blockedUntil: null },
  });
  const { hits } = await increment(key, now);
  if (Math.random() < PRUNE_PROBABILITY) await pruneQuietRows(now);
  const delay = delayAfterHits(policy, hits);
  if (delay) await db.rateLimit.update({ where: { key }, data: { blockedUntil: new Date(now.getTime() + delay) } });
  return hits;
}

// Not an upsert: Prisma's upsert reads then writes, and loses increments when requests race.
async function increment(key: string, now: Date) {
  try {
    return await db.rateLimit.create({ data: { key, hits: 1, lastHitAt: now }, select: { hits: true } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  return db.rateLimit.update({ where: { key }, data: { hits: { increment: 1 }, lastHitAt: now }, select: { hits: true } });
}

// About one hit in a hundred also deletes rows nobody touched for a day (longer than any policy's
// window plus its longest delay), so the table stays small without a scheduled job.
const PRUNE_PROBABILITY = 0.01;
const PRUNE_AFTER_MS = 24 * 60 * 60 * 1000;

export async function pruneQuietRows(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - PRUNE_AFTER_MS);
  const { count } = await db.rateLimit.deleteMany({
    where: { lastHitAt: { lt: cutoff }, OR: [{ blockedUntil: null }, { blockedUntil: { lt: cutoff } }] },
  });
  return count;
}

/** Refuses while the subject must wait, otherwise counts the hit: for actions limited as a whole. */
export async function consume(policy: RateLimitPolicy, subject: string, now = new Date()): Promise<RateLimitVerdict> {
  const wait = await secondsToWait(policy, subject, now);
  if (wait > 0) return { ok: false, retryAfterSeconds: wait };
  await recordHit(policy, subject, now);
  return { ok: true };
}

/** Several subjects at once (per client address AND per email): the longest wait wins. */
export async function consumeAll(checks: [RateLimitPolicy, string][], now = new Date()): Promise<RateLimitVerdict> {
  const waits = await Promise.all(checks.map(([policy, subject]) => secondsToWait(policy, subject, now)));
  const wait = Math.max(0, ...waits);
  if (wait > 0) return { ok: false, retryAfterSeconds: wait };
  await Promise.all(checks.map(([policy, subject]) => recordHit(policy, subject, now)));
  return { ok: true };
}

export async function clearHits(policy: RateLimitPolicy, subject: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: rateLimitKey(policy, subject) } });
}
