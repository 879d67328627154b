"use client";
import { useTranslations } from "next-intl";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { announceVisitorChange } from "@/components/layout/visitor-events";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { RegisterResult, SignUpInput } from "@/lib/auth/register";
import { translateKnown } from "@/lib/i18n/translator";

type FieldName = "name" | "email" | "password" | "role";

export function SignUpForm({
  genericError,
  callbackUrl,
  defaultRole,
  signUpAction,
}: {
  genericError: string;
  callbackUrl: string;
  defaultRole: "BUYER" | "SELLER";
  /** Creates the account; the form then signs in with the same credentials. */
  signUpAction: (input: SignUpInput) => Promise<RegisterResult>;
}) {
  const t = useTranslations("auth");
  const ts = useTranslations("security");
  const router = useRouter();
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const message = (key: string | undefined) => (key ? translateKnown(t, key, undefined, genericError) : undefined);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      role: String(form.get("role") ?? "BUYER"),
    };
    setPending(true);
    setFormError(null);
    try {
      const result = await signUpAction(input);
      if (!result.ok) {
        if (result.retryAfterSeconds) setFormError(ts("signUpTooMany", { seconds: result.retryAfterSeconds }));
        setErrors(result.fieldErrors);
        setPending(false);
        return;
      }
      setErrors({});
      const signedIn = await signIn("credentials", { email: input.email, password: input.password, redirect: false });
      if (!signedIn?.ok || signedIn.error) {
        // The address may already have an account (sign-up does not say so): its owner got an email.
        setFormError(ts("signUpCheckInbox"));
        setPending(false);
        return;
      }
      router.replace(input.role === "SELLER" ? "/seller" : callbackUrl);
      router.refresh();
      announceVisitorChange();
    } catch {
      setFormError(genericError);
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      {formError && <Alert tone="error">{formError}</Alert>}
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t("accountType")}</legend>
        <div className="grid grid-cols-2 gap-2">
          {(["BUYER", "SELLER"] as const).map((role) => (
            <label key={role} className="flex cursor-pointer items-center gap-2 rounded-lg border border-stone-300 bg-white px-3 py-2.5 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
              <input type="radio" name="role" value={role} defaultChecked={role === defaultRole} className="accent-brand-600" />
              {role === "BUYER" ? t("roleBuyer") : t("roleSeller")}
            </label>
          ))}
        </div>
      </fieldset>
      <Field id="name" name="name" label={t("name")} autoComplete="name" error={message(errors.name)} />
      <Field id="email" name="email" type="email" label={t("email")} autoComplete="email" required error={message(errors.email)} />
      <Field id="password" name="password" type="password" label={t("password")} hint={t("passwordHint")} autoComplete="new-password" required error={message(errors.password)} />
      <Button type="submit" disabled={pending} className="w-full" aria-busy={pending}>
        {pending ? t("submitting") : t("submitSignUp")}
      </Button>
    </form>
  );
}
