import { randomBytes } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";

/** How long a signed-in browser stays signed in (also the cookie's lifetime). */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/**
 * Starts a session row for a sign-in; its id (256 random bits) goes into the JWT cookie. The cookie
 * alone is not enough: it is honoured only while the row exists and has not expired.
 */
export async function openSession(userId: string, now = new Date()): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await db.authSession.create({ data: { id, userId, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) } });
  return id;
}

/** The one rule for a session row: it counts until it expires (revoked rows are deleted). */
const isLive = (row: { expiresAt: Date }, now: Date) => row.expiresAt > now;

/** The user id of a live session, or null when it was revoked, expired or never existed. */
export async function sessionUserId(sessionId: string | undefined, now = new Date()): Promise<string | null> {
  if (!sessionId) return null;
  const row = await db.authSession.findUnique({ where: { id: sessionId }, select: { userId: true, expiresAt: true } });
  return row && isLive(row, now) ? row.userId : null;
}

/**
 * The user of a live session (what `select` asks of them), read with its row in one query: null
 * when the row was revoked, has expired, never existed, or belongs to another user than the
 * cookie's `sub`.
 */
export async function liveSessionUser<S extends Prisma.UserSelect>(
  { sid, sub }: { sid: string; sub: string },
  select: S,
  now = new Date(),
): Promise<Prisma.UserGetPayload<{ select: S }> | null> {
  const row = await db.authSession.findUnique({ where: { id: sid }, select: { userId: true, expiresAt: true, user: { select } } });
  return row && isLive(row, now) && row.userId === sub ? (row.user as Prisma.UserGetPayload<{ select: S }>) : null;
}

/** Sign-out: this browser's session only. */
export async function closeSession(sessionId: string | undefined): Promise<void> {
  if (sessionId) await db.authSession.deleteMany({ where: { id: sessionId } });
}

/** Password change, operator suspension: every browser of this user is signed out. */
export async function revokeUserSessions(userId: string): Promise<number> {
  const { count } = await db.authSession.deleteMany({ where: { userId } });
  return count;
}
