"use client";

import { useEffect, useRef, useState } from "react";
import type { Messages } from "@/lib/i18n/messages";

export const LOGO_ACCEPT = "image/png,image/jpeg,image/webp,image/gif";
const ACCEPTED_TYPES = LOGO_ACCEPT.split(",");

/**
 * Optional logo with a preview. The size and declared type are checked here only to answer at once;
 * the server decides from the file's bytes.
 */
export function ShopLogoField({
  id,
  maxBytes,
  error,
  onProblem,
  t,
}: {
  id: string;
  maxBytes: number;
  error?: string;
  onProblem: (key: "logoTooLarge" | "logoUnsupportedType" | null) => void;
  t: Messages["shop"];
}) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<string | null>(null);

  useEffect(() => () => {
    if (preview) URL.revokeObjectURL(preview);
  }, [preview]);

  function onChange(file: File | undefined) {
    setPreview(null);
    if (!file) return onProblem(null);
    if (file.size > maxBytes) return onProblem("logoTooLarge");
    if (file.type && !ACCEPTED_TYPES.includes(file.type)) return onProblem("logoUnsupportedType");
    onProblem(null);
    setPreview(URL.createObjectURL(file));
  }

  function clear() {
    if (inputRef.current) inputRef.current.value = "";
    setPreview(null);
    onProblem(null);
    inputRef.current?.focus();
  }

  const describedBy = error ? `${id}-error` : `${id}-hint`;

  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium">
        {t.logo}
        <span className="ml-1 font-normal text-stone-500">({t.optional})</span>
      </label>
      <div className="flex items-center gap-4">
        <div className="grid size-16 shrink-0 place-items-center overflow-hidden rounded-xl border border-dashed border-stone-300 bg-stone-50">
          {preview ? (
            // eslint-disable-next-line @next/next/no-img-element -- a local blob: preview
            <img src={preview} alt={t.logoPreview} className="size-full object-cover" />
          ) : (
            <svg aria-hidden viewBox="0 0 24 24" className="size-6 text-stone-400" fill="none" stroke="currentColor" strokeWidth="1.5">
              <path d="M4 16l4.5-4.5a2 2 0 0 1 2.8 0L16 16m-2-2 1.5-1.5a2 2 0 0 1 2.8 0L20 14M6 20h12a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2Zm9-12h.01" />
            </svg>
          )}
        </div>
        <div className="min-w-0 flex-1 space-y-2">
          <input
            ref={inputRef}
            id={id}
            name="logo"
            type="file"
            accept={LOGO_ACCEPT}
            onChange={(event) => onChange(event.target.files?.[0])}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            className="block w-full text-sm text-stone-700 file:mr-3 file:cursor-pointer file:rounded-lg file:border file:border-stone-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-semibold file:text-ink hover:file:bg-stone-50"
          />
          {preview && (
            <button type="button" onClick={clear} className="text-sm font-medium text-brand-700 hover:underline">
              {t.logoRemove}
            </button>
          )}
        </div>
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      ) : (
        <p id={`${id}-hint`} className="text-xs text-stone-500">
          {t.logoHint}
        </p>
      )}
    </div>
  );
}
