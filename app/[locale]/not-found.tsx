import { ButtonLink } from "@/components/ui/button";
import { getI18n } from "@/lib/i18n/server";

export default async function NotFound() {
  const { t } = await getI18n();
  return (
    <div className="mx-auto max-w-md py-20 text-center">
      <p className="text-5xl font-black text-brand-600">404</p>
      <h1 className="mt-4 text-2xl font-bold">{t("errors.notFoundTitle")}</h1>
      <p className="mt-2 text-stone-600">{t("errors.notFoundText")}</p>
      <ButtonLink href="/" className="mt-8">
        {t("errors.home")}
      </ButtonLink>
    </div>
  );
}
