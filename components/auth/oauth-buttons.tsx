"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";

export function OAuthButtons({ providers, callbackUrl }: { providers: { id: string; name: string }[]; callbackUrl: string }) {
  const t = useTranslations("auth");
  if (providers.length === 0) return null;
  return (
    <div className="mt-6 space-y-3">
      <p className="text-center text-xs uppercase tracking-wide text-stone-500">{t("orContinueWith")}</p>
      {providers.map((provider) => (
        <button
          key={provider.id}
          type="button"
          onClick={() => void signIn(provider.id, { callbackUrl })}
          className="w-full rounded-lg border border-stone-300 bg-white px-4 py-2.5 text-sm font-semibold hover:bg-stone-50"
        >
          {t("continueWith", { provider: provider.name })}
        </button>
      ))}
    </div>
  );
}
