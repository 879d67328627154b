"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRef, useState, useSyncExternalStore } from "react";
import { isLocale } from "@/lib/i18n/config";
import { datePattern, formatIsoDate, parseLocalDate } from "@/lib/i18n/date-input";

/**
 * A date typed in the interface's language (fr: jj/mm/aaaa, en: dd/mm/yyyy) instead of a native
 * `<input type="date">`, whose format follows the browser's locale. The visible text input has no
 * name: a hidden input carries the ISO yyyy-mm-dd value the server parses, empty while the text is
 * not a real date (and the form is then not submitted: the text input is marked invalid).
 * Until the script runs (or without JavaScript) the text input itself carries the name, and the
 * server reads the typed day as well as the ISO one (lib/admin/period.ts, parseIsoDate).
 */
const noSubscription = () => () => {};

export function DateField({
  id,
  name,
  label,
  defaultValue = "",
  describedBy,
  className,
}: {
  id: string;
  name: string;
  label: string;
  /** ISO yyyy-mm-dd, a day typed in the locale's pattern, or "". */
  defaultValue?: string;
  /** Ids of other hints describing the field (added after the format hint). */
  describedBy?: string;
  className?: string;
}) {
  const t = useTranslations("dateField");
  const current = useLocale();
  const locale = isLocale(current) ? current : "fr";
  // The value comes back from the address as sent: ISO, or the typed text of a form sent without
  // JavaScript (shown as typed when it is not a day, so the error points at it).
  const [text, setText] = useState(() => formatIsoDate(parseLocalDate(defaultValue, locale) ?? "", locale) || defaultValue);
  const [touched, setTouched] = useState(false);
  // false in the server's HTML and during hydration, true once React runs in the browser.
  const scripted = useSyncExternalStore(noSubscription, () => true, () => false);
  const input = useRef<HTMLInputElement>(null);

  const iso = parseLocalDate(text, locale);
  const { order, separator } = datePattern(locale);
  const letters = { day: t("day"), month: t("month"), year: t("year") };
  const pattern = order.map((part) => letters[part]).join(separator);
  const example = formatIsoDate("2026-02-03", locale);
  const error = iso === null ? t("invalid", { pattern, example }) : "";
  const showError = Boolean(error) && touched;

  function update(value: string) {
    setText(value);
    // An invalid date blocks the form's submission (the browser reports it on the field).
    input.current?.setCustomValidity(parseLocalDate(value, locale) === null ? t("invalid", { pattern, example }) : "");
  }

  const describedByIds = [`${id}-hint`, showError && `${id}-error`, describedBy].filter(Boolean).join(" ");
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        ref={input}
        id={id}
        name={scripted ? undefined : name}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={pattern}
        value={text}
        onChange={(event) => update(event.target.value)}
        onBlur={() => setTouched(true)}
        onInvalid={() => setTouched(true)}
        aria-invalid={showError ? true : undefined}
        aria-describedby={describedByIds}
        className={`${className ?? ""} aria-[invalid=true]:border-red-600`}
      />
      {scripted && <input type="hidden" name={name} value={iso ?? ""} />}
      <p id={`${id}-hint`} className="text-xs text-stone-500">
        {t("hint", { pattern })}
      </p>
      {showError && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
