import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { enabledOAuthProviders } from "@/lib/auth/options";
import { getCurrentUser } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { safeCallbackPath } from "@/lib/safe-redirect";
import { signUpAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("auth.signUpTitle") };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; role?: string }> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const { t } = await getI18n();
  return (
    <AuthCard
      title={t("auth.signUpTitle")}
      subtitle={t("auth.signUpSubtitle")}
      footer={
        <>
          {t("auth.haveAccount")}{" "}
          <Link href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-semibold text-brand-700 hover:underline">
            {t("header.signIn")}
          </Link>
        </>
      }
    >
      <SignUpForm genericError={t("common.genericError")} callbackUrl={callbackUrl} defaultRole={params.role === "seller" ? "SELLER" : "BUYER"} signUpAction={signUpAction} />
      <OAuthButtons providers={enabledOAuthProviders()} callbackUrl={callbackUrl} />
    </AuthCard>
  );
}
