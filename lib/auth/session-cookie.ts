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
 *
 * A cookie decoded once is remembered until its `exp`: decoding derives the key with HKDF on
 * libuv's thread pool and decrypts, on every signed-in request, for claims that cannot change for a
 * given cookie value. Only cookies that decoded are remembered (a forged one costs a decode each
 * time, as before), at most CLAIMS_REMEMBERED of them, the oldest forgotten first.
 */
export async function readSessionClaims(cookieValue: string): Promise<SessionClaims | null> {
  if (!cookieValue) return null;
  const known = decoded.get(cookieValue);
  if (known) {
    if (known.exp > Date.now() / 1000 - CLOCK_TOLERANCE_S) return { sub: known.sub, sid: known.sid };
    decoded.delete(cookieValue);
    return null;
  }
  try {
    const token = await decode({ token: cookieValue, secret: getEnv().AUTH_SECRET });
    if (typeof token?.sub !== "string" || typeof token.sid !== "string") return null;
    const claims = { sub: token.sub, sid: token.sid };
    if (typeof token.exp === "number") remember(cookieValue, { ...claims, exp: token.exp });
    return claims;
  } catch {
    // Not a token of ours (or expired): the visitor is signed out, as next-auth would answer.
    return null;
  }
}

// next-auth's decode accepts a token up to 15 s past its `exp` (jose's clockTolerance).
const CLOCK_TOLERANCE_S = 15;
const CLAIMS_REMEMBERED = 5_000;
const decoded = new Map<string, SessionClaims & { exp: number }>();

function remember(cookieValue: string, claims: SessionClaims & { exp: number }) {
  if (decoded.size >= CLAIMS_REMEMBERED) decoded.delete(decoded.keys().next().value!);
  decoded.set(cookieValue, claims);
}

/** The claims of this request's session cookie, or null (for server components, actions and route handlers). */
export async function requestSessionClaims(): Promise<SessionClaims | null> {
  return readSessionClaims(sessionCookieValue((await cookies()).getAll()));
}
