import type { Account, Profile } from "next-auth";

type GitHubEmail = { email: string; primary: boolean; verified: boolean };

/**
 * The email address the provider says it verified, lower-cased, or null. Google marks it in the
 * ID token's profile (`email_verified`); GitHub's profile email is not necessarily verified, so
 * its emails API is asked (the `user:email` scope next-auth requests) for a verified one — the
 * primary first. Any other provider is not trusted for emails.
 */
export async function verifiedOAuthEmail(
  account: Pick<Account, "provider" | "access_token"> | null | undefined,
  profile: Profile | undefined,
  fetchImpl: typeof fetch = fetch,
): Promise<string | null> {
  if (!account) return null;
  if (account.provider === "google") {
    const google = profile as (Profile & { email_verified?: boolean }) | undefined;
    return google?.email && google.email_verified === true ? google.email.toLowerCase() : null;
  }
  if (account.provider === "github" && account.access_token) {
    const response = await fetchImpl("https://api.github.com/user/emails", {
      headers: { Authorization: `Bearer ${account.access_token}`, Accept: "application/vnd.github+json", "User-Agent": "comptoir" },
    });
    if (!response.ok) return null;
    const emails = ((await response.json()) as GitHubEmail[]).filter((entry) => entry.verified);
    const chosen = emails.find((entry) => entry.primary) ?? emails[0];
    return chosen ? chosen.email.toLowerCase() : null;
  }
  return null;
}
