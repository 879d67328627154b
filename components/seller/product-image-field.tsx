"use client";

import { useEffect, useRef, useState } from "react";
import type { Messages } from "@/lib/i18n/messages";

export const PRODUCT_IMAGE_ACCEPT = "image/png,image/jpeg,image/webp,image/gif";
const ACCEPTED_TYPES = PRODUCT_IMAGE_ACCEPT.split(",");

export type ProductImageProblem = "imageTooLarge" | "imageUnsupportedType";

/**
 * The product's photo: the current one (on edit) with a way to delete it, and a file input with a
 * preview of the new one. Size and declared type are checked here only to answer at once; the
 * server decides from the file's bytes.
 */
export function ProductImageField({
  id,
  maxBytes,
  currentImageUrl,
  error,
  onProblem,
  onChange,
  t,
}: {
  id: string;
  maxBytes: number;
  currentImageUrl?: string | null;
  error?: string;
  onProblem: (problem: ProductImageProblem | null) => void;
  onChange?: () => void;
  t: Messages["catalog"]["form"];
}) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [removeCurrent, setRemoveCurrent] = useState(false);

  useEffect(
    () => () => {
      if (preview) URL.revokeObjectURL(preview);
    },
    [preview],
  );

  function select(file: File | undefined) {
    setPreview(null);
    onChange?.();
    if (!file) return onProblem(null);
    if (file.size > maxBytes) return onProblem("imageTooLarge");
    if (file.type && !ACCEPTED_TYPES.includes(file.type)) return onProblem("imageUnsupportedType");
    onProblem(null);
    setPreview(URL.createObjectURL(file));
  }

  function clear() {
    if (inputRef.current) inputRef.current.value = "";
    setPreview(null);
    onProblem(null);
    onChange?.();
    inputRef.current?.focus();
  }

  const shown = preview ?? (currentImageUrl && !removeCurrent ? currentImageUrl : null);
  const describedBy = error ? `${id}-error` : `${id}-hint`;

  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium">
        {t.image}
        <span className="ml-1 font-normal text-stone-500">({t.optional})</span>
      </label>
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
        <div className="grid size-28 shrink-0 place-items-center overflow-hidden rounded-xl border border-dashed border-stone-300 bg-stone-50">
          {shown ? (
            // eslint-disable-next-line @next/next/no-img-element -- a blob: preview or an uploaded file served as is
            <img src={shown} alt={preview ? t.imagePreview : t.currentImage} className="size-full object-cover" />
          ) : (
            <svg aria-hidden viewBox="0 0 24 24" className="size-8 text-stone-400" fill="none" stroke="currentColor" strokeWidth="1.5">
              <path d="M4 16l4.5-4.5a2 2 0 0 1 2.8 0L16 16m-2-2 1.5-1.5a2 2 0 0 1 2.8 0L20 14M6 20h12a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2Zm9-12h.01" />
            </svg>
          )}
        </div>
        <div className="min-w-0 flex-1 space-y-3">
          <input
            ref={inputRef}
            id={id}
            name="image"
            type="file"
            accept={PRODUCT_IMAGE_ACCEPT}
            onChange={(event) => select(event.target.files?.[0])}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            className="block w-full text-sm text-stone-700 file:mr-3 file:cursor-pointer file:rounded-lg file:border file:border-stone-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-semibold file:text-ink hover:file:bg-stone-50"
          />
          {preview && (
            <button type="button" onClick={clear} className="rounded text-sm font-medium text-brand-700 hover:underline">
              {t.clearImage}
            </button>
          )}
          {currentImageUrl && !preview && (
            <label className="flex items-center gap-2 text-sm text-stone-700">
              <input
                type="checkbox"
                name="removeImage"
                checked={removeCurrent}
                onChange={(event) => {
                  setRemoveCurrent(event.target.checked);
                  onChange?.();
                }}
                className="size-4 rounded border-stone-300 accent-brand-600"
              />
              {t.removeCurrentImage}
            </label>
          )}
          {error ? (
            <p id={`${id}-error`} className="text-sm text-red-700">
              {error}
            </p>
          ) : (
            <p id={`${id}-hint`} className="text-xs text-stone-500">
              {t.imageHint}
            </p>
          )}
        </div>
      </div>
    </div>
  );
}
