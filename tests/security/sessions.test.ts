import type { Account, Session, User } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { setShopStatus } from "@/lib/admin/shops";
import { changePassword } from "@/lib/auth/change-password";
import { authOptions } from "@/lib/auth/options";
import { registerUser } from "@/lib/auth/register";
import { db } from "@/lib/db";

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
