import { clearHits, recordHit, secondsToWait } from "@/lib/rate-limit";
import { POLICIES } from "@/lib/rate-limit/policies";

/**
 * Slows down password guessing (lib/rate-limit/policies.ts): per email and client together, per
 * client, and per email from anywhere (capped at a minute, so an attacker cannot lock its owner
 * out). Unknown emails are counted exactly like known ones, so the answer never tells whether an
 * account exists.
 */
const checks = (email: string, client: string) =>
  [
    [POLICIES.signInPair, `${email} ${client}`],
    [POLICIES.signInClient, client],
    [POLICIES.signInEmail, email],
  ] as const;

/** Seconds the caller must still wait before trying this email from this client (0 = may try now). */
export async function secondsUntilAllowed(email: string, client: string, now = new Date()): Promise<number> {
  const waits = await Promise.all(checks(email, client).map(([policy, subject]) => secondsToWait(policy, subject, now)));
  return Math.max(0, ...waits);
}

export async function recordFailure(email: string, client: string, now = new Date()): Promise<void> {
  await Promise.all(checks(email, client).map(([policy, subject]) => recordHit(policy, subject, now)));
}

/** A right password forgets this email's failures (the client's count of other emails stays). */
export async function clearFailures(email: string, client: string): Promise<void> {
  await Promise.all([clearHits(POLICIES.signInPair, `${email} ${client}`), clearHits(POLICIES.signInEmail, email)]);
}
