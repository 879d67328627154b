"use client";

import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Alert } from "@/components/ui/alert";

/** "You are signed out" after the header's sign-out (`?signedOut=1`), read in the browser so the home page stays cached. */
export function SignedOutNotice() {
  const t = useTranslations("auth");
  return useSearchParams().get("signedOut") ? <Alert tone="success">{t("signedOut")}</Alert> : null;
}
