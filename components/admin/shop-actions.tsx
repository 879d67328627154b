import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { elision } from "@/lib/i18n/elision";

type FormAction = (form: FormData) => Promise<void>;

/**
 * Re-sync, suspend and reinstate buttons for one shop: plain form posts to the server actions the
 * page passes in (components hold no data access), which redirect back to `returnTo` with a message.
 */
export function ShopActions({
  shop,
  hasAccount,
  returnTo,
  actions,
}: {
  shop: { id: string; name: string; status: "ACTIVE" | "SUSPENDED" };
  hasAccount: boolean;
  returnTo: string;
  actions: { resync: FormAction; suspend: FormAction; reinstate: FormAction };
}) {
  const t = useTranslations("adminArea.accounts");
  // One small form per action, each carrying the shop and the way back.
  const button = (action: FormAction, variant: "primary" | "secondary" | "danger", label: string, accessibleLabel: string) => (
    <form action={action}>
      <input type="hidden" name="shopId" value={shop.id} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <Button type="submit" variant={variant} className="whitespace-nowrap px-3 py-1.5 text-xs" aria-label={accessibleLabel}>
        {label}
      </Button>
    </form>
  );
  return (
    <div className="flex flex-col items-start gap-2">
      {hasAccount && button(actions.resync, "secondary", t("resync"), t("resyncLabel", { shop: shop.name, shopStart: elision(shop.name) }))}
      {shop.status === "ACTIVE"
        ? button(actions.suspend, "danger", t("suspend"), t("suspendLabel", { shop: shop.name }))
        : button(actions.reinstate, "primary", t("reinstate"), t("reinstateLabel", { shop: shop.name }))}
    </div>
  );
}
