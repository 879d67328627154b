"use client";
import { useTranslations } from "next-intl";

import { useEffect, useState } from "react";
import { SLUG_MAX_LENGTH, slugProblem } from "@/lib/shops/slug-rules";
import type { Messages } from "@/lib/i18n/messages";

type Status = keyof Messages["shop"]["slugStatus"];
type Remote = { slug: string; status: Exclude<Status, "checking"> };

const CHECK_DELAY_MS = 350;

const statusTone: Record<Status, string> = {
  checking: "text-stone-500",
  available: "text-emerald-700",
  taken: "text-red-700",
  reserved: "text-red-700",
  invalid: "text-red-700",
  error: "text-amber-800",
};

const statusIcon: Record<Status, string> = { checking: "…", available: "✓", taken: "✕", reserved: "✕", invalid: "✕", error: "!" };

/**
 * The shop's slug, checked against the server as the seller types (debounced). The status line is
 * a polite live region, so screen readers hear "available" / "taken" without losing their place.
 */
export function SlugField({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: string;
  onChange: (slug: string) => void;
  error?: string;
}) {
  const t = useTranslations("shop");
  const [remote, setRemote] = useState<Remote | null>(null);
  const problem = value ? slugProblem(value) : null;

  useEffect(() => {
    if (!value || slugProblem(value)) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/shops/slug-availability?slug=${encodeURIComponent(value)}`, {
          signal: controller.signal,
          headers: { accept: "application/json" },
        });
        if (!response.ok) throw new Error(`slug availability: HTTP ${response.status}`);
        const body = (await response.json()) as { available: boolean; reason?: "invalid" | "taken" | "reserved" };
        setRemote({ slug: value, status: body.available ? "available" : (body.reason ?? "taken") });
      } catch {
        if (!controller.signal.aborted) setRemote({ slug: value, status: "error" });
      }
    }, CHECK_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [value]);

  let status: Status | null = null;
  let statusText = "";
  if (value && problem && problem !== "slugRequired") {
    status = problem === "slugReserved" ? "reserved" : "invalid";
    statusText = t(`errors.${problem}`);
  } else if (value) {
    status = remote?.slug === value ? remote.status : "checking";
    statusText = t(`slugStatus.${status}`);
  }
  // A server error on submit says the same thing in more words: show one message, not two.
  const showStatus = status !== null && !error;

  const describedBy = [`${id}-hint`, `${id}-status`, error && `${id}-error`].filter(Boolean).join(" ");

  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium">
        {t("slug")}
      </label>
      <input
        id={id}
        name="slug"
        value={value}
        onChange={(event) => onChange(event.target.value.toLowerCase().replace(/\s/g, "-"))}
        maxLength={SLUG_MAX_LENGTH}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        aria-invalid={error || status === "taken" || status === "reserved" || status === "invalid" ? true : undefined}
        aria-describedby={describedBy}
        className="block w-full rounded-lg border border-stone-300 bg-white px-3 py-2.5 font-mono text-sm shadow-sm placeholder:text-stone-400 focus:border-brand-500 aria-[invalid=true]:border-red-600"
      />
      <p id={`${id}-hint`} className="text-xs text-stone-500">
        {t("slugHint")}
      </p>
      <p id={`${id}-status`} aria-live="polite" className={`text-sm ${error ? "" : "min-h-5"} ${status ? statusTone[status] : ""}`}>
        {showStatus && status && (
          <>
            <span aria-hidden className="mr-1.5 inline-block w-3 text-center font-semibold">
              {statusIcon[status]}
            </span>
            {statusText}
          </>
        )}
      </p>
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
