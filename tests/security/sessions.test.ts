import type { Account, Session, User } from "next-auth";
import { encode, type JWT } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";
import { setShopStatus } from "@/lib/admin/shops";
import { changePassword } from "@/lib/auth/change-password";
import { authOptions } from "@/lib/auth/options";
import { registerUser } from "@/lib/auth/register";
import { db } from "@/lib/db";

// The request's cookies, for getCurrentUser (the server components' view of the session).
const jar = vi.hoisted(() => ({ cookies: [] as { name: string; value: string }[] }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ getAll: () => jar.cookies, get: (name: string) => jar.cookies.find((c) => c.name === name) }),
  headers: async () => new Headers(),
}));
const { getCurrentUser } = await import("@/lib/auth/session");

const password = "correct horse battery";
const options = () => authOptions();

/** What next-auth does at sign-in: the jwt callback turns the user into the cookie's token. */
async function signIn(email: string): Promise<JWT> {
  const user = { id: "ignored", email } as User;
  const account = { provider: "credentials", type: "credentials", providerAccountId: email } as Account;
  return (await options().callbacks!.jwt!({ token: { email }, user, account, trigger: "signIn" } as never)) as JWT;
}

/** What a later request with that cookie sees (getServerSession → session callback). */
async function sessionFor(token: JWT): Promise<Session> {
  const session = { user: { email: token.email }, expires: new Date(Date.now() + 60_000).toISOString() } as Session;
  return (await options().callbacks!.session!({ session, token, user: undefined, newSession: undefined, trigger: "update" } as never)) as Session;
}

async function newUser(email: string, role: "BUYER" | "SELLER" = "BUYER") {
  const result = await registerUser({ email, password, role }, "fr");
  if (!result.ok) throw new Error("registration failed");
  return db.user.findUniqueOrThrow({ where: { email } });
}

describe("sessions are revoked on the server", () => {
  it("a cookie saved before sign-out no longer identifies anyone", async () => {
    const user = await newUser("signout@example.com");
    const saved = await signIn(user.email);
    expect((await sessionFor(saved)).user?.id).toBe(user.id);

    await options().events!.signOut!({ token: saved, session: undefined as never });
    expect((await sessionFor(saved)).user).toBeUndefined();
  });

  it("sign-out ends only that browser's session", async () => {
    const user = await newUser("two-browsers@example.com");
    const laptop = await signIn(user.email);
    const phone = await signIn(user.email);
    await options().events!.signOut!({ token: laptop, session: undefined as never });
    expect((await sessionFor(laptop)).user).toBeUndefined();
    expect((await sessionFor(phone)).user?.id).toBe(user.id);
  });

  it("a token without a session row (forged claims, older cookies) is no session", async () => {
    const user = await newUser("forged@example.com");
    expect((await sessionFor({ sub: user.id, email: user.email })).user).toBeUndefined();
    expect((await sessionFor({ sub: user.id, sid: "guessed" })).user).toBeUndefined();
  });

  it("an expired session row is no session", async () => {
    const user = await newUser("expired@example.com");
    const token = await signIn(user.email);
    await db.authSession.update({ where: { id: token.sid! }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await sessionFor(token)).user).toBeUndefined();
  });

  it("changing the password signs out every browser", async () => {
    const user = await newUser("change@example.com");
    const a = await signIn(user.email);
    const b = await signIn(user.email);
    expect(await changePassword(user.id, { currentPassword: "wrong", newPassword: "another long one" })).toEqual({ ok: false, error: "invalidCredentials" });
    expect((await sessionFor(a)).user?.id).toBe(user.id);

    expect(await changePassword(user.id, { currentPassword: password, newPassword: "another long one" })).toEqual({ ok: true });
    expect((await sessionFor(a)).user).toBeUndefined();
    expect((await sessionFor(b)).user).toBeUndefined();
  });

  it("throttles guesses of the current password", async () => {
    const user = await newUser("guessed@example.com");
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await changePassword(user.id, { currentPassword: `guess-${i}`, newPassword: "another long one" }, "198.51.100.9"));
    expect(results.slice(0, 5).every((r) => !r.ok && r.error === "invalidCredentials")).toBe(true);
    expect(results[5]).toMatchObject({ ok: false, error: "tooManyAttempts" });
  });

  it("an operator's suspension of a shop signs its owner out", async () => {
    const seller = await newUser("suspended@example.com", "SELLER");
    const other = await newUser("bystander@example.com");
    const shop = await db.shop.create({ data: { ownerId: seller.id, slug: "suspended-shop", name: "Suspended" } });
    const sellerToken = await signIn(seller.email);
    const otherToken = await signIn(other.email);
    await setShopStatus(shop.id, "SUSPENDED");
    expect((await sessionFor(sellerToken)).user).toBeUndefined();
    expect((await sessionFor(otherToken)).user?.id).toBe(other.id);
  });
});

describe("getCurrentUser reads the cookie and checks its session row on every request", () => {
  const cookieName = "next-auth.session-token";
  /** The cookie next-auth sets for a token (its own encoding, this app's secret). */
  const cookieOf = async (token: JWT, secret = process.env.AUTH_SECRET!) => [{ name: cookieName, value: await encode({ token, secret }) }];

  it("a live session's cookie is its user; after sign-out the same cookie is nobody", async () => {
    const user = await newUser("current@example.com");
    const token = await signIn(user.email);
    jar.cookies = await cookieOf(token);
    expect(await getCurrentUser()).toMatchObject({ id: user.id, email: user.email, role: "BUYER" });

    await options().events!.signOut!({ token, session: undefined as never });
    expect(await getCurrentUser()).toBeNull();
  });

  it("an expired row, another user's row, a forged or foreign cookie, no cookie: nobody", async () => {
    const user = await newUser("current-expired@example.com");
    const other = await newUser("current-other@example.com");
    const token = await signIn(user.email);
    const otherToken = await signIn(other.email);

    // A cookie naming one user with another's session row.
    jar.cookies = await cookieOf({ ...token, sid: otherToken.sid });
    expect(await getCurrentUser()).toBeNull();
    // Encrypted with another secret, or not a token at all.
    jar.cookies = await cookieOf(token, "another-secret-that-is-at-least-32-characters");
    expect(await getCurrentUser()).toBeNull();
    jar.cookies = [{ name: cookieName, value: "not-a-token" }];
    expect(await getCurrentUser()).toBeNull();
    jar.cookies = [];
    expect(await getCurrentUser()).toBeNull();

    jar.cookies = await cookieOf(token);
    expect((await getCurrentUser())?.id).toBe(user.id);
    await db.authSession.update({ where: { id: token.sid! }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getCurrentUser()).toBeNull();
  });

  it("reads a token next-auth split into chunks, in their order", async () => {
    const user = await newUser("current-chunked@example.com");
    const { value } = (await cookieOf(await signIn(user.email)))[0]!;
    const middle = Math.floor(value.length / 2);
    jar.cookies = [
      { name: `${cookieName}.1`, value: value.slice(middle) },
      { name: `${cookieName}.0`, value: value.slice(0, middle) },
    ];
    expect((await getCurrentUser())?.id).toBe(user.id);
  });
});
