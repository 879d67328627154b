import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { db } from "@/lib/db";
import { formatMoney } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";

// Per request, never cached (see app/[locale]/(account)/layout.tsx).
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("sell.title") };
}

export default async function SellPage() {
  const [{ t, locale }, settings, eurFixed] = await Promise.all([
    getI18n(),
    db.platformSettings.findUnique({ where: { id: 1 } }),
    db.platformFixedFee.findUnique({ where: { currency: "eur" } }),
  ]);
  const feeBps = settings?.feeBps ?? 0;
  // The fixed part is per currency; the page quotes the euro one (the demo's and most shops' currency).
  const feeFixed = eurFixed?.amount ?? 0;
  const points = [
    { title: t("sell.feeTitle"), text: t("sell.feeText", { percent: (feeBps / 100).toLocaleString(locale), fixed: formatMoney(feeFixed, "eur", locale) }) },
    { title: t("sell.payoutsTitle"), text: t("sell.payoutsText") },
    { title: t("sell.merchantTitle"), text: t("sell.merchantText") },
  ];
  return (
    <div className="space-y-10">
      <section className="rounded-3xl bg-stone-900 px-6 py-14 text-white sm:px-12">
        <h1 className="text-4xl font-black tracking-tight">{t("sell.title")}</h1>
        <p className="mt-4 max-w-2xl text-lg text-stone-300">{t("sell.intro")}</p>
        <ButtonLink href="/signup?role=seller&callbackUrl=%2Fseller" className="mt-8">
          {t("sell.cta")}
        </ButtonLink>
      </section>
      <ul className="grid gap-4 md:grid-cols-3">
        {points.map((point) => (
          <li key={point.title} className="rounded-2xl border border-stone-200 bg-white p-6">
            <h2 className="font-bold">{point.title}</h2>
            <p className="mt-2 text-sm text-stone-600">{point.text}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
