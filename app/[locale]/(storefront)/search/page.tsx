import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import type { Locale } from "@/lib/i18n/config";
import { getI18n } from "@/lib/i18n/server";

type Params = Promise<{ locale: Locale }>;

// `/search` with no query (or only spaces): proxy.ts sends every search with one to
// ./[page]/[query]. Static, like the other catalogue pages.
export const revalidate = 300;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale });
  return { title: t("search.title"), robots: { index: false } };
}

export default async function SearchPage({ params }: { params: Params }) {
  setRequestLocale((await params).locale);
  const { t } = await getI18n();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("search.title")}</h1>
      <EmptyState title={t("search.emptyQuery")} />
    </div>
  );
}
