import { useTranslations } from "next-intl";

/** Shown on every seller page while Stripe has paused the shop's payments. */
export function RestrictedBanner({ shopId }: { shopId: string; }) {
  const t = useTranslations("payments");
  return (
    <div role="alert" className="flex flex-wrap items-center justify-between gap-3 rounded-2xl border border-red-200 bg-red-50 px-5 py-4 text-sm text-red-900">
      <p className="max-w-2xl font-medium">{t("restrictedBanner")}</p>
      <form method="post" action={`/seller/shops/${shopId}/payments/setup`}>
        <button type="submit" className="rounded-lg bg-red-700 px-3 py-2 font-semibold text-white hover:bg-red-800">
          {t("restrictedBannerCta")}
        </button>
      </form>
    </div>
  );
}
