"use client";
import { useTranslations } from "next-intl";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { announceVisitorChange } from "@/components/layout/visitor-events";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const t = useTranslations("auth");
  const ts = useTranslations("security");
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError ?? null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    }).catch(() => null);
    if (result?.ok && !result.error) {
      router.replace(callbackUrl);
      router.refresh();
      announceVisitorChange();
      return;
    }
    setPending(false);
    const throttled = result?.error?.match(/^throttled:(\d+)$/);
    if (throttled) setError(t("tooManyAttempts", { seconds: throttled[1] ?? "60" }));
    else if (!result || result.error === "unavailable") setError(ts("signInUnavailable"));
    else setError(t("invalidCredentials"));
  }

  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      {error && <Alert tone="error">{error}</Alert>}
      <Field id="email" name="email" type="email" label={t("email")} autoComplete="email" required />
      <Field id="password" name="password" type="password" label={t("password")} autoComplete="current-password" required />
      <Button type="submit" disabled={pending} className="w-full" aria-busy={pending}>
        {pending ? t("submitting") : t("submitSignIn")}
      </Button>
    </form>
  );
}
