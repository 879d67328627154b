"use client";
import { useTranslations } from "next-intl";

import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { ChangePasswordResult } from "@/lib/auth/change-password";

type Action = (input: { currentPassword: string; newPassword: string }) => Promise<ChangePasswordResult>;

export function ChangePasswordForm({ action, genericError }: { action: Action; genericError: string }) {
  const t = useTranslations("security.changePassword");
  const ta = useTranslations("auth");
  const [error, setError] = useState<{ field: "currentPassword" | "newPassword" | null; message: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      // On success the action redirects to the sign-in page.
      const result = await action({ currentPassword: String(form.get("currentPassword") ?? ""), newPassword: String(form.get("newPassword") ?? "") });
      if (result && !result.ok) {
        if (result.error === "tooManyAttempts") setError({ field: "currentPassword", message: ta("tooManyAttempts", { seconds: result.retryAfterSeconds }) });
        else setError({ field: result.error === "invalidCredentials" ? "currentPassword" : "newPassword", message: ta(`${result.error}`) });
      }
    } catch (caught) {
      if (caught && typeof caught === "object" && "digest" in caught && String(caught.digest).startsWith("NEXT_REDIRECT")) throw caught;
      setError({ field: null, message: genericError });
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} className="max-w-md space-y-4" noValidate>
      <p className="text-sm text-stone-600">{t("hint")}</p>
      {error?.field === null && <Alert tone="error">{error.message}</Alert>}
      <Field id="currentPassword" name="currentPassword" type="password" label={t("current")} autoComplete="current-password" required error={error?.field === "currentPassword" ? error.message : undefined} />
      <Field id="newPassword" name="newPassword" type="password" label={t("next")} hint={ta("passwordHint")} autoComplete="new-password" required error={error?.field === "newPassword" ? error.message : undefined} />
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
