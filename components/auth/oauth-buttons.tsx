"use client";

import { signIn } from "next-auth/react";
import { interpolate } from "@/lib/i18n/format";

export function OAuthButtons({ providers, label, separator, callbackUrl }: { providers: { id: string; name: string }[]; label: string; separator: string; callbackUrl: string }) {
  if (providers.length === 0) return null;
  return (
    <div className="mt-6 space-y-3">
      <p className="text-center text-xs uppercase tracking-wide text-stone-500">{separator}</p>
      {providers.map((provider) => (
        <button
          key={provider.id}
          type="button"
          onClick={() => void signIn(provider.id, { callbackUrl })}
          className="w-full rounded-lg border border-stone-300 bg-white px-4 py-2.5 text-sm font-semibold hover:bg-stone-50"
        >
          {interpolate(label, { provider: provider.name })}
        </button>
      ))}
    </div>
  );
}
