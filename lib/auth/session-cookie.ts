import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { getEnv } from "@/lib/env";

/**
 * What this project keeps in next-auth's session cookie: the user's id (`sub`) and the id of the
 * AuthSession row (`sid`) that must still exist for the cookie to count (lib/auth/options.ts).
 */
export type SessionClaims = { sub: string; sid: string };

/** next-auth's cookie name: `__Secure-` prefixed when the site is served over https, as next-auth decides it. */
export function sessionCookieName(): string {
  const origin = process.env.NEXTAUTH_URL ?? getEnv().APP_URL;
  return `${origin.startsWith("https://") ? "__Secure-" : ""}next-auth.session-token`;
}

/**
 * The cookie's value, joined from its chunks (`name.0`, `name.1`…) the way next-auth writes a
 * token too long for one cookie.
 */
export function sessionCookieValue(cookies: { name: string; value: string }[], name = sessionCookieName()): string {
  const suffix = (cookieName: string) => parseInt(cookieName.split(".").pop() ?? "0");
  return cookies
    .filter((cookie) => cookie.name.startsWith(name))
    .sort((a, b) => suffix(a.name) - suffix(b.name))
    .map((cookie) => cookie.value)
    .join("");
}

/**
 * The claims of a session cookie, or null when there is none or it is not ours (forged, expired,
 * made with another secret). Reads the token exactly as next-auth's own session endpoint does
 * (`decode` of next-auth/jwt: the same key, the same 15 s of clock tolerance), without the rest
 * of what `getServerSession` does per call in a server component: building next-auth's whole
 * configuration, a CSRF token, and a re-encrypted cookie it cannot set there. Whether the session
 * is still live is the caller's question (its AuthSession row).
 */
export async function readSessionClaims(cookieValue: string): Promise<SessionClaims | null> {
  if (!cookieValue) return null;
  try {
    const token = await decode({ token: cookieValue, secret: getEnv().AUTH_SECRET });
    return typeof token?.sub === "string" && typeof token.sid === "string" ? { sub: token.sub, sid: token.sid } : null;
  } catch {
    // Not a token of ours (or expired): the visitor is signed out, as next-auth would answer.
    return null;
  }
}

/** The claims of this request's session cookie, or null (for server components, actions and route handlers). */
export async function requestSessionClaims(): Promise<SessionClaims | null> {
  return readSessionClaims(sessionCookieValue((await cookies()).getAll()));
}
