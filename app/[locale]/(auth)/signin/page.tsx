import type { Translator } from "@/lib/i18n/translator";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { Alert } from "@/components/ui/alert";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignInForm } from "@/components/auth/sign-in-form";
import { enabledOAuthProviders } from "@/lib/auth/options";
import { LANDING_PATH } from "@/lib/auth/landing";
import { getCurrentUser } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { safeCallbackPath } from "@/lib/safe-redirect";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("auth.signInTitle") };
}

/** next-auth sends refusals back here as ?error=: only known codes are shown, in our words. */
function errorMessage(code: string | undefined, t: Translator): string | undefined {
  if (code === "OAuthEmailUnverified" || code === "OAuthOperator") return t("security.oauthRefused");
  if (code === "unavailable") return t("security.signInUnavailable");
  if (code) return t("common.genericError");
  return undefined;
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string; passwordChanged?: string }> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl, LANDING_PATH);
  if (await getCurrentUser()) redirect(callbackUrl);
  const { t } = await getI18n();
  return (
    <AuthCard
      title={t("auth.signInTitle")}
      subtitle={t("auth.signInSubtitle")}
      footer={
        <>
          {t("auth.noAccount")}{" "}
          <Link href={`/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-semibold text-brand-700 hover:underline">
            {t("header.signUp")}
          </Link>
        </>
      }
    >
      {params.passwordChanged === "1" && (
        <div className="mb-5">
          <Alert tone="success">{t("security.changePassword.done")}</Alert>
        </div>
      )}
      <SignInForm callbackUrl={callbackUrl} initialError={errorMessage(params.error, t)} />
      <OAuthButtons providers={enabledOAuthProviders()} callbackUrl={callbackUrl} />
    </AuthCard>
  );
}
