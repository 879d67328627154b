import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/logger";
import { clientAddress } from "@/lib/http/client-address";
import { safeRedirectUrl } from "@/lib/safe-redirect";
import { authenticate } from "./authenticate";
import { verifiedOAuthEmail } from "./oauth-email";
import { rememberLocale } from "./remember-locale";
import { closeSession, openSession, SESSION_MAX_AGE_SECONDS, sessionUserId } from "./sessions";

/** OAuth providers switch on only when both of their variables are set. */
function oauthProviders(): NextAuthOptions["providers"] {
  const env = getEnv();
  const providers: NextAuthOptions["providers"] = [];
  if (env.GITHUB_ID && env.GITHUB_SECRET) {
    providers.push(GitHubProvider({ clientId: env.GITHUB_ID, clientSecret: env.GITHUB_SECRET }));
  }
  if (env.GOOGLE_ID && env.GOOGLE_SECRET) {
    providers.push(GoogleProvider({ clientId: env.GOOGLE_ID, clientSecret: env.GOOGLE_SECRET }));
  }
  return providers;
}

export function enabledOAuthProviders(): { id: string; name: string }[] {
  return oauthProviders().map((provider) => ({ id: provider.id, name: provider.name }));
}

export function authOptions(): NextAuthOptions {
  const env = getEnv();
  // next-auth 4 builds its callback URLs from NEXTAUTH_URL; APP_URL is this project's name for it.
  process.env.NEXTAUTH_URL ??= env.APP_URL;
  return {
    secret: env.AUTH_SECRET,
    // The cookie is a signed JWT carrying the id of an AuthSession row, and each request checks
    // that row (session callback): sign-out, a password change or a suspension end it at once.
    // The role is re-read from the database wherever access is decided (lib/auth/session.ts).
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      CredentialsProvider({
        name: "email",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          // next-auth puts a thrown message in the redirect URL: only our own codes may get there.
          const result = await authenticate(credentials, clientAddress(req?.headers ?? {})).catch((error: unknown) => {
            logger.error("sign-in could not be checked", { error });
            throw new Error("unavailable");
          });
          if (result.ok) return { id: result.user.id, email: result.user.email, name: result.user.name };
          // next-auth passes the message to the client as `error`; the form translates it.
          throw new Error(result.reason === "throttled" ? `throttled:${result.retryAfterSeconds}` : "invalid_credentials");
        },
      }),
      ...oauthProviders(),
    ],
    callbacks: {
      // Where next-auth sends the browser after signing in or out: our own origin only.
      redirect: ({ url, baseUrl }) => safeRedirectUrl(url, baseUrl),
      async signIn({ user, account, profile }) {
        if (account?.provider === "credentials") return true;
        // OAuth links to (or creates) an account only by an email the provider verified, and never
        // to an operator's account: operators sign in with their password.
        const email = await verifiedOAuthEmail(account, profile);
        if (!email) return "/signin?error=OAuthEmailUnverified";
        const existing = await db.user.findUnique({ where: { email }, select: { role: true } });
        if (existing?.role === "ADMIN") return "/signin?error=OAuthOperator";
        if (!existing) await db.user.upsert({ where: { email }, create: { email, name: user.name }, update: {} });
        // The jwt callback below finds the account by this (verified) address.
        user.email = email;
        return true;
      },
      async jwt({ token, user, account }) {
        if (user && account) {
          const email = (user.email ?? token.email ?? "").toLowerCase();
          const row = await db.user.findUnique({ where: { email }, select: { id: true, locale: true } });
          if (row) {
            token.sub = row.id;
            token.sid = await openSession(row.id);
            await rememberLocale(row.locale, { keepChosen: true });
          }
        }
        return token;
      },
      async session({ session, token }) {
        // A cookie whose session row is gone (signed out, revoked, expired) is no session at all.
        const userId = await sessionUserId(typeof token.sid === "string" ? token.sid : undefined);
        if (!userId || userId !== token.sub) return { expires: session.expires };
        if (session.user) session.user.id = userId;
        return session;
      },
    },
    events: {
      async signOut({ token }) {
        await closeSession(typeof token?.sid === "string" ? token.sid : undefined);
      },
    },
  };
}
