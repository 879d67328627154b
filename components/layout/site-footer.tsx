import { useTranslations } from "next-intl";
import Link from "next/link";

export function SiteFooter() {
  const t = useTranslations();
  return (
    <footer className="mt-16 border-t border-stone-200 bg-white">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-10 text-sm text-stone-600 sm:grid-cols-3">
        <div>
          <p className="font-bold text-ink">{t("common.brand")}</p>
          <p className="mt-2">{t("footer.tagline")}</p>
        </div>
        <ul className="space-y-2">
          <li>
            <Link href="/sell" className="hover:underline">
              {t("footer.sell")}
            </Link>
          </li>
          <li>{t("footer.payments")}</li>
        </ul>
        <p className="sm:text-right">{t("footer.rights", { year: new Date().getFullYear() })}</p>
      </div>
    </footer>
  );
}
