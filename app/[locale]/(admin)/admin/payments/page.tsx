import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PlatformExperienceForm, ShopExperienceForm } from "@/components/admin/payment-experience-forms";
import { Alert } from "@/components/ui/alert";
import { requireAdmin } from "@/lib/auth/session";
import { paymentExperienceSchema, platformPaymentExperience } from "@/lib/checkout/experience";
import { db } from "@/lib/db";
import { setPlatformPaymentExperienceAction, setShopPaymentExperienceAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("onSitePayments.admin");
  return { title: t("title") };
}

/** How buyers pay: the platform's experience, and each shop's override. */
export default async function AdminPaymentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdmin();
  const params = await searchParams;
  const t = await getTranslations("onSitePayments.admin");
  const [platform, shops] = await Promise.all([
    platformPaymentExperience(),
    db.shop.findMany({ select: { id: true, name: true, paymentExperience: true }, orderBy: { name: "asc" }, take: 200 }),
  ]);
  return (
    <section className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-stone-600">{t("intro")}</p>
      </div>
      {params.saved === "1" && <Alert tone="success">{t("saved")}</Alert>}
      {params.error === "invalid" && <Alert tone="error">{t("invalid")}</Alert>}
      <div className="rounded-xl border border-stone-200 bg-white p-4">
        <PlatformExperienceForm value={platform} action={setPlatformPaymentExperienceAction} />
      </div>
      <div className="space-y-2">
        <h2 className="text-lg font-semibold">{t("shopsTitle")}</h2>
        <p className="text-sm text-stone-600">{t("shopsHint")}</p>
        <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
          {shops.map((shop) => (
            <li key={shop.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
              <span className="font-medium">{shop.name}</span>
              <ShopExperienceForm shop={shop} value={paymentExperienceSchema.safeParse(shop.paymentExperience).data ?? null} action={setShopPaymentExperienceAction} />
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
