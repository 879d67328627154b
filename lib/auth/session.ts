import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import type { Role } from "@/generated/prisma/enums";
import { requestSessionClaims } from "./session-cookie";
import { liveSessionUser } from "./sessions";

const currentUserSelect = { id: true, email: true, name: true, role: true, locale: true, createdAt: true } as const;

/**
 * The signed-in user as the database knows them now (role and locale included), or null.
 * The session cookie counts only while its AuthSession row is live, checked on every request
 * in the same query that reads the user (what next-auth's session callback checks, see
 * lib/auth/options.ts). Cached per request so layouts and pages share that one query.
 */
export const getCurrentUser = cache(async () => {
  const claims = await requestSessionClaims();
  return claims ? liveSessionUser(claims, currentUserSelect) : null;
});

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>;

/** Signed-in user or a redirect to the sign-in page that comes back here afterwards. */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/**
 * For pages of one role: anonymous visitors are sent to sign in; signed-in users of another role
 * get a 404, so the page's existence is not revealed.
 */
export async function requireRole(role: Role, returnTo: string): Promise<CurrentUser> {
  const user = await requireUser(returnTo);
  if (user.role !== role) notFound();
  return user;
}

/** Admin pages answer 404 to everyone else, signed in or not. */
export async function requireAdmin(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (user?.role !== "ADMIN") notFound();
  return user;
}
