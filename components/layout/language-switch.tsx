import { useTranslations } from "next-intl";
import { locales, type Locale } from "@/lib/i18n/config";

/** A plain form, so switching language works before (and without) JavaScript. */
/** Each button is named in the reader's current language ("Passer en anglais", "Switch to French"). */
export function LanguageSwitch({ locale, setLocaleAction }: { locale: Locale; setLocaleAction: (formData: FormData) => Promise<void> }) {
  const t = useTranslations();
  return (
    <form action={setLocaleAction} className="flex items-center rounded-lg border border-stone-300 bg-white p-0.5 text-xs">
      <span className="sr-only">{t("header.language")}</span>
      {locales.map((option) => (
        <button
          key={option}
          type="submit"
          name="locale"
          value={option}
          aria-pressed={option === locale}
          aria-label={t("header.switchTo", { language: option })}
          className="rounded-md px-2 py-1 font-semibold uppercase text-stone-600 aria-pressed:bg-stone-900 aria-pressed:text-white"
        >
          {option}
        </button>
      ))}
    </form>
  );
}
