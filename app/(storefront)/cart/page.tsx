import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { getI18n } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.cart.title };
}

export default async function CartPage() {
  const { t } = await getI18n();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t.cart.title}</h1>
      <EmptyState title={t.cart.empty} hint={t.cart.emptyHint} action={<ButtonLink href="/#products">{t.cart.browse}</ButtonLink>} />
    </div>
  );
}
