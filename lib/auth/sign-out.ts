import "server-only";
import { cookies } from "next/headers";
import { getToken } from "next-auth/jwt";
import { getEnv } from "@/lib/env";
import { closeSession } from "./sessions";

/** next-auth's cookies (plain or `__Secure-`/`__Host-` prefixed, the session one possibly chunked `.0`, `.1`). */
const AUTH_COOKIE = /^(?:__Secure-|__Host-)?next-auth\.(?:session-token(?:\.\d+)?|csrf-token|callback-url)$/;

/**
 * Signs this browser out without next-auth's client: the session row named by the cookie's JWT is
 * deleted (so a copy of the cookie is worth nothing, as with next-auth's own sign-out, whose
 * `signOut` event does the same) and next-auth's cookies are cleared. For a server action.
 */
export async function signOutThisBrowser(): Promise<void> {
  const store = await cookies();
  const env = getEnv();
  const token = await getToken({
    req: { cookies: Object.fromEntries(store.getAll().map((cookie) => [cookie.name, cookie.value])), headers: {} } as never,
    secret: env.AUTH_SECRET,
    secureCookie: env.APP_URL.startsWith("https://"),
  }).catch(() => null);
  await closeSession(typeof token?.sid === "string" ? token.sid : undefined);
  for (const cookie of store.getAll()) {
    // Prefixed cookies are only replaced by a Secure Set-Cookie.
    if (AUTH_COOKIE.test(cookie.name)) store.set(cookie.name, "", { path: "/", maxAge: 0, secure: cookie.name.startsWith("__") });
  }
}
