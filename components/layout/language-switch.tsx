import { setLocaleAction } from "@/app/actions/locale";
import { interpolate } from "@/lib/i18n/format";
import { locales, type Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";

/** A plain form, so switching language works before (and without) JavaScript. */
export function LanguageSwitch({ locale, t }: { locale: Locale; t: Messages }) {
  return (
    <form action={setLocaleAction} className="flex items-center rounded-lg border border-stone-300 bg-white p-0.5 text-xs">
      <span className="sr-only">{t.header.language}</span>
      {locales.map((option) => (
        <button
          key={option}
          type="submit"
          name="locale"
          value={option}
          lang={option}
          aria-pressed={option === locale}
          aria-label={interpolate(t.header.switchTo, { language: t.languages[option] })}
          className="rounded-md px-2 py-1 font-semibold uppercase text-stone-600 aria-pressed:bg-stone-900 aria-pressed:text-white"
        >
          {option}
        </button>
      ))}
    </form>
  );
}
