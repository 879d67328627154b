import type { Account, Profile, User } from "next-auth";
import { describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { verifiedOAuthEmail } from "@/lib/auth/oauth-email";
import { db } from "@/lib/db";

const google = (email: string, verified: boolean) => ({
  account: { provider: "google", type: "oauth", providerAccountId: "g-1" } as Account,
  profile: { email, email_verified: verified, name: "Google User" } as Profile,
});

async function oauthSignIn(account: Account, profile: Profile, email: string) {
  const user = { id: "provider-id", email, name: "Someone" } as User;
  const result = await authOptions().callbacks!.signIn!({ user, account, profile } as never);
  return { result, user };
}

const githubEmails = (emails: { email: string; primary: boolean; verified: boolean }[]) =>
  (async () => new Response(JSON.stringify(emails), { status: 200 })) as unknown as typeof fetch;

describe("OAuth account linking", () => {
  it("refuses an email Google did not verify, and links nothing", async () => {
    const victim = await db.user.create({ data: { email: "victim@example.com", name: "Victim" } });
    const { account, profile } = google("victim@example.com", false);
    const { result } = await oauthSignIn(account, profile, "victim@example.com");
    expect(result).toBe("/signin?error=OAuthEmailUnverified");
    expect(await db.user.findUniqueOrThrow({ where: { id: victim.id } })).toEqual(victim);
  });

  it("never signs in to an operator's account, even with a verified email", async () => {
    await db.user.create({ data: { email: "ops@example.com", role: "ADMIN" } });
    const { account, profile } = google("Ops@Example.com", true);
    expect((await oauthSignIn(account, profile, "Ops@Example.com")).result).toBe("/signin?error=OAuthOperator");
  });

  it("links a verified email to its buyer account, or creates one", async () => {
    const { account, profile } = google("New.Buyer@Example.com", true);
    const { result, user } = await oauthSignIn(account, profile, "New.Buyer@Example.com");
    expect(result).toBe(true);
    expect(user.email).toBe("new.buyer@example.com");
    expect(await db.user.findUnique({ where: { email: "new.buyer@example.com" } })).toMatchObject({ role: "BUYER" });
  });

  it("asks GitHub which addresses are verified rather than trusting the profile", async () => {
    const account = { provider: "github", type: "oauth", providerAccountId: "1", access_token: "gho_x" } as Account;
    const profile = { email: "public@example.com" } as Profile;
    expect(await verifiedOAuthEmail(account, profile, githubEmails([{ email: "public@example.com", primary: true, verified: false }]))).toBeNull();
    expect(
      await verifiedOAuthEmail(
        account,
        profile,
        githubEmails([
          { email: "other@example.com", primary: false, verified: true },
          { email: "Main@Example.com", primary: true, verified: true },
        ]),
      ),
    ).toBe("main@example.com");
    expect(await verifiedOAuthEmail({ provider: "unknown-provider" }, profile)).toBeNull();
  });
});
