"use client";

import { useEffect, useRef, useState } from "react";
import { FieldLabel, FieldMessages, fieldDescribedBy } from "@/components/ui/field";

export const IMAGE_ACCEPT = "image/png,image/jpeg,image/webp,image/gif";

const SIZES = {
  sm: { row: "flex items-center gap-4", box: "size-16", icon: "size-6", column: "space-y-2" },
  lg: { row: "flex flex-col gap-4 sm:flex-row sm:items-start", box: "size-28", icon: "size-8", column: "space-y-3" },
};

/**
 * An optional image with a preview of the chosen file and, on edit, the current one with a way to
 * delete it. Size and declared type are checked here only to answer at once; the server decides
 * from the file's bytes.
 */
export function ImageUploadField<Problem extends string>({
  id,
  name,
  accept = IMAGE_ACCEPT,
  maxBytes,
  size,
  label,
  optionalLabel,
  previewAlt,
  clearLabel,
  hint,
  current,
  error,
  problems,
  onProblem,
  onChange,
}: {
  id: string;
  name: string;
  accept?: string;
  maxBytes: number;
  size: keyof typeof SIZES;
  label: string;
  optionalLabel: string;
  previewAlt: string;
  clearLabel: string;
  hint: string;
  /** The image already saved; `removeName` is the checkbox the server reads to delete it. */
  current?: { url: string | null; alt: string; removeName: string; removeLabel: string };
  error?: string;
  /** The caller's error keys, so it can treat them like the server's. */
  problems: { tooLarge: Problem; unsupportedType: Problem };
  onProblem: (problem: Problem | null) => void;
  onChange?: () => void;
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
    if (file.size > maxBytes) return onProblem(problems.tooLarge);
    if (file.type && !accept.split(",").includes(file.type)) return onProblem(problems.unsupportedType);
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

  const classes = SIZES[size];
  const shown = preview ?? (current?.url && !removeCurrent ? current.url : null);
  const message = <FieldMessages id={id} hint={hint} error={error} />;

  return (
    <div className="space-y-1.5">
      <FieldLabel htmlFor={id} optional={optionalLabel}>
        {label}
      </FieldLabel>
      <div className={classes.row}>
        <div
          className={`grid ${classes.box} shrink-0 place-items-center overflow-hidden rounded-xl border border-dashed border-stone-300 bg-stone-50`}
        >
          {shown ? (
            // eslint-disable-next-line @next/next/no-img-element -- a blob: preview or an uploaded file served as is
            <img src={shown} alt={preview ? previewAlt : current?.alt} className="size-full object-cover" />
          ) : (
            <svg
              aria-hidden
              viewBox="0 0 24 24"
              className={`${classes.icon} text-stone-400`}
              fill="none"
              stroke="currentColor"
              strokeWidth="1.5"
            >
              <path d="M4 16l4.5-4.5a2 2 0 0 1 2.8 0L16 16m-2-2 1.5-1.5a2 2 0 0 1 2.8 0L20 14M6 20h12a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2Zm9-12h.01" />
            </svg>
          )}
        </div>
        <div className={`min-w-0 flex-1 ${classes.column}`}>
          <input
            ref={inputRef}
            id={id}
            name={name}
            type="file"
            accept={accept}
            onChange={(event) => select(event.target.files?.[0])}
            aria-invalid={error ? true : undefined}
            aria-describedby={fieldDescribedBy(id, hint, error)}
            className="block w-full text-sm text-stone-700 file:mr-3 file:cursor-pointer file:rounded-lg file:border file:border-stone-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-semibold file:text-ink hover:file:bg-stone-50"
          />
          {preview && (
            <button
              type="button"
              onClick={clear}
              className="rounded text-sm font-medium text-brand-700 hover:underline"
            >
              {clearLabel}
            </button>
          )}
          {current?.url && !preview && (
            <label className="flex items-center gap-2 text-sm text-stone-700">
              <input
                type="checkbox"
                name={current.removeName}
                checked={removeCurrent}
                onChange={(event) => {
                  setRemoveCurrent(event.target.checked);
                  onChange?.();
                }}
                className="size-4 rounded border-stone-300 accent-brand-600"
              />
              {current.removeLabel}
            </label>
          )}
          {size === "lg" && message}
        </div>
      </div>
      {/* Beside the small box, a hint under the input would pull it off-centre. */}
      {size === "sm" && message}
    </div>
  );
}
